package org.dataregistry.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A publication as its public page shows it, in one language (translated fields fall back to English).
 *
 * @param license the data license the publication names, or {@code null} (the page then shows the job's)
 * @param job the active job, whose data is published, or {@code null} before the first successful job
 */
public record PublicationPage(
        long id,
        String title,
        String country,
        String countryFlag,
        String description,
        String descriptionLong,
        String additionalData,
        String summary,
        String noDataRationale,
        String language,
        Region region,
        UpdateFrequency updateFrequency,
        RetrievalFrequency retrievalFrequency,
        LocalDate lastReviewed,
        LocalDate lastRetrieved,
        boolean frozen,
        String sourceId,
        String sourceUrl,
        Collector collector,
        LocalDate dateFromOverride,
        LocalDate dateToOverride,
        String ocidPrefixOverride,
        String publicationPolicyOverride,
        Instant modified,
        LicenseText license,
        ActiveJob job) {

    /** A data license in the page's language. */
    public record LicenseText(String name, String description, String url) {}

    /** The first release date shown: the publication's override, else the active job's. */
    public LocalDate dateFrom() {
        return dateFromOverride != null ? dateFromOverride : job == null ? null : job.dateFrom();
    }

    /** The last release date shown: the publication's override, else the active job's. */
    public LocalDate dateTo() {
        return dateToOverride != null ? dateToOverride : job == null ? null : job.dateTo();
    }

    /** The OCID prefix shown: the publication's, else the active job's; empty when neither has one. */
    public String ocidPrefix() {
        return !ocidPrefixOverride.isEmpty() ? ocidPrefixOverride : job == null ? "" : job.ocidPrefix();
    }

    /** The publication policy shown: the publication's, else the one the data names; empty when neither has one. */
    public String publicationPolicy() {
        return !publicationPolicyOverride.isEmpty()
                ? publicationPolicyOverride
                : job == null ? "" : job.publicationPolicy();
    }

    /** The license URL the data names, shown when the publication names no license. */
    public String dataLicenseUrl() {
        return job == null ? "" : job.license();
    }

    /** The address of the country's flag; empty when there is none. */
    public String flagUrl() {
        return countryFlag.isEmpty() ? "" : CountryFlags.url(countryFlag);
    }

    public boolean retrieved() {
        return job != null;
    }

    public boolean noLongerUpdated() {
        return retrievalFrequency == RetrievalFrequency.NEVER;
    }

    /** Whether the page says why there is no data instead of offering files (the original's rule). */
    public boolean dataNotAvailable() {
        return job == null && frozen && !noDataRationale.isEmpty();
    }

    /** The link to the Kingfisher Collect spider that collects it, for publications collected by Scrapyd. */
    public String spiderSourceUrl() {
        return "https://github.com/open-contracting/kingfisher-collect/blob/main/kingfisher_scrapy/spiders/" + sourceId
                + ".py";
    }

    public boolean collectedByKingfisher() {
        return collector == Collector.SCRAPYD;
    }
}
