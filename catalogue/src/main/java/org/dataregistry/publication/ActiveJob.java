package org.dataregistry.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.dataregistry.pull.JobCounts;

/**
 * The job whose data a publication page shows.
 *
 * @param dateFrom first release date found in the data
 * @param dateTo last release date found in the data
 * @param ocidPrefix found in the data
 * @param license the license URL the data names
 * @param publicationPolicy the publication policy URL the data names
 * @param counts the 14 counts of what the data contains
 * @param coverage how many compiled releases (or objects) hold something at each path (Cardinal's coverage)
 * @param releasesByFile compiled releases in each exported JSON Lines file, e.g. {@code 2020.jsonl.gz}; empty for
 *     jobs exported before this was recorded
 * @param ended when the job completed
 */
public record ActiveJob(
        long id,
        LocalDate dateFrom,
        LocalDate dateTo,
        String ocidPrefix,
        String license,
        String publicationPolicy,
        JobCounts counts,
        Map<String, Long> coverage,
        Map<String, Long> releasesByFile,
        Instant ended) {}
