package org.dataregistry.harvest;

import java.time.LocalDate;

/**
 * A publication as {@code publications.json} lists it, the original's fields in the original's order.
 *
 * @param country in the listing's language, else English
 * @param region a region code, or {@code ""} when unset (as the original wrote it)
 * @param language the data's language, in the listing's language, else English
 * @param retrievalFrequency a retrieval frequency code, or {@code ""} when unset
 * @param dateFrom the active job's first release date (not the publication's override), or {@code null}
 * @param dateTo the active job's last release date (not the publication's override), or {@code null}
 * @param coverage the active job's coverage as the database's JSON text, or {@code null} without an active job
 */
record ListedPublication(
        long id,
        String title,
        String country,
        String region,
        String language,
        String updateFrequency,
        String sourceUrl,
        String sourceId,
        String retrievalFrequency,
        LocalDate lastRetrieved,
        boolean frozen,
        LocalDate dateFrom,
        LocalDate dateTo,
        String coverage) {}
