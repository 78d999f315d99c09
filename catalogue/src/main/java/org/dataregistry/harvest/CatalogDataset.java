package org.dataregistry.harvest;

import java.time.Instant;
import java.time.LocalDate;
import org.dataregistry.publication.UpdateFrequency;
import org.dataregistry.translation.Translations;

/**
 * A visible publication as the DCAT catalogue describes it.
 *
 * @param country the country's name in each language
 * @param description the Markdown description (first paragraph) in each language
 * @param descriptionLong the Markdown long description in each language
 * @param countryFlag the flag's file name, e.g. {@code pt.svg}, or {@code ""}
 * @param dateFrom the publication's override, else the active job's first release date, or {@code null}
 * @param dateTo the publication's override, else the active job's last release date, or {@code null}
 * @param modified when its metadata or (with its active job) its data last changed
 * @param licenseUrl the custom license's URL, else the one the data names, or {@code ""}
 * @param activeJobId the job whose files are published, or {@code null}
 */
record CatalogDataset(
        long id,
        String title,
        Translations country,
        Translations description,
        Translations descriptionLong,
        String countryFlag,
        UpdateFrequency updateFrequency,
        LocalDate dateFrom,
        LocalDate dateTo,
        Instant modified,
        String licenseUrl,
        Long activeJobId) {}
