package org.dataregistry.pull;

import java.util.Map;

/**
 * What the pulled compiled releases contain.
 *
 * @param compiledReleases lines in the staging file
 * @param ocids distinct OCIDs (the coverage of {@code /ocid}, used by job retention)
 * @param coverage path → count of non-empty occurrences, as Cardinal computes it
 * @param counts the 14 counts derived from the coverage
 * @param dateFrom earliest release {@code date} (ISO date), null if none
 * @param dateTo latest release {@code date} (ISO date), null if none
 */
public record PullResult(
        long compiledReleases,
        long ocids,
        Map<String, Long> coverage,
        JobCounts counts,
        String dateFrom,
        String dateTo) {}
