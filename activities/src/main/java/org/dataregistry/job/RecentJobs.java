package org.dataregistry.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publication list's "Recent jobs" column: the latest completed jobs (at most {@value #SHOWN}) of each of a page
 * of publications.
 */
@Repository
public class RecentJobs {

    /** How many completed jobs a publication's row shows at most. */
    public static final int SHOWN = 10;

    private final JdbcClient jdbc;

    public RecentJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The up to {@value #SHOWN} most recently started completed jobs of each publication, oldest first, in one
     * query; a publication without completed jobs is left out.
     */
    public Map<Long, List<RecentJob>> of(Collection<Long> publicationIds) {
        Map<Long, List<RecentJob>> recent = new HashMap<>();
        if (publicationIds.isEmpty()) {
            return recent;
        }
        jdbc.sql("""
                        SELECT * FROM (
                            SELECT j.id, j.publication_id, j.status, j.start, j."end",
                                   %s AS unsuccessful, %s,
                                   CASE WHEN jsonb_typeof(j.context -> :errorRate) = 'number'
                                        THEN (j.context ->> :errorRate)::double precision END AS error_rate,
                                   row_number() OVER (PARTITION BY j.publication_id
                                                      ORDER BY j.start DESC NULLS LAST, j.id DESC) AS recency
                            FROM job j
                            WHERE j.status = 'COMPLETED' AND j.publication_id IN (:publications)
                        ) latest
                        WHERE recency <= :shown
                        ORDER BY publication_id, recency DESC
                        """.formatted(JobPredicates.HAS_UNSUCCESSFUL_TASK, JobSummary.SHARES_DAY.strip()))
                .param("publications", publicationIds)
                .param("shown", SHOWN)
                .param("errorRate", JobContext.COLLECT_ERROR_RATE)
                .query(rs -> {
                    double rate = rs.getDouble("error_rate");
                    Double errorRate = rs.wasNull() ? null : rate;
                    RecentJob job = new RecentJob(JobSummary.of(rs), rs.getBoolean("unsuccessful"), errorRate);
                    recent.computeIfAbsent(rs.getLong("publication_id"), id -> new ArrayList<>())
                            .add(job);
                });
        return recent;
    }
}
