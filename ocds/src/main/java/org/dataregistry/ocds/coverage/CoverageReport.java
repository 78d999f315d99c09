package org.dataregistry.ocds.coverage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics over compiled releases, as the Data Registry keeps them for a job.
 *
 * @param coverage  path to count of non-empty occurrences, sorted by path (see {@link CoverageCounter})
 * @param counts    the 14 counts derived from {@code coverage}
 * @param lines     the top-level values read
 * @param ocidCount the releases with a non-empty {@code ocid}: {@code coverage["/ocid"]}, which is the
 *                  number of OCIDs for compiled releases (one per OCID), as the Data Registry uses it
 * @param dateFrom  the least release {@code date} (see {@link CoverageCounter} for which count), or {@code null}
 * @param dateTo    the greatest release {@code date}, or {@code null}
 */
public record CoverageReport(
        Map<String, Long> coverage, CoverageCounts counts, long lines, long ocidCount, String dateFrom, String dateTo) {

    public CoverageReport {
        coverage = Collections.unmodifiableMap(new TreeMap<>(coverage));
    }
}
