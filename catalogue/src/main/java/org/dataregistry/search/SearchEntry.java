package org.dataregistry.search;

import java.time.LocalDate;
import java.util.Set;
import org.dataregistry.publication.CountryFlags;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.publication.UpdateFrequency;

/**
 * A publication as the search knows it, in one language (translated fields fall back to English).
 *
 * @param dateFrom the data's first release date: the publication's override, else the active job's
 * @param dateTo the data's last release date: the publication's override, else the active job's
 * @param jobDateFrom the active job's first release date, which the date range filter looks at
 * @param jobDateTo the active job's last release date
 * @param activeJobId the job whose files are published, or {@code null}
 * @param contains what the active job's data contains (its counts that are not zero)
 */
public record SearchEntry(
        long id,
        String title,
        String country,
        String countryFlag,
        Region region,
        UpdateFrequency updateFrequency,
        RetrievalFrequency retrievalFrequency,
        LocalDate dateFrom,
        LocalDate dateTo,
        LocalDate jobDateFrom,
        LocalDate jobDateTo,
        LocalDate lastRetrieved,
        Long activeJobId,
        Set<DataCount> contains) {

    /** The address of the country's flag; empty when there is none. */
    public String flagUrl() {
        return countryFlag.isEmpty() ? "" : CountryFlags.url(countryFlag);
    }

    public boolean retrieved() {
        return activeJobId != null;
    }

    /** Whether the registry no longer collects it because the publisher stopped updating it. */
    public boolean noLongerUpdated() {
        return retrievalFrequency == RetrievalFrequency.NEVER;
    }
}
