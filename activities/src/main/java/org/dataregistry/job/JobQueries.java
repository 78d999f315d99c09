package org.dataregistry.job;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only job queries the catalogue needs. */
@Repository
public class JobQueries {

    private final JdbcClient jdbc;

    public JobQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The publication's successful jobs, newest first: the only ones that may become its active job. A job is
     * successful when it completed and every task completed OK.
     */
    public List<JobSummary> successfulJobs(long publicationId) {
        return jdbc.sql("""
                        SELECT j.id, j.status, j.start, j."end", %s
                        FROM job j
                        WHERE j.publication_id = :publicationId
                          AND j.status = 'COMPLETED'
                          AND NOT EXISTS (SELECT 1 FROM task t WHERE t.job_id = j.id AND t.result <> 'OK')
                        ORDER BY j.start DESC NULLS LAST, j.id DESC
                        """.formatted(JobSummary.SHARES_DAY.strip()))
                .param("publicationId", publicationId)
                .query((rs, row) -> JobSummary.of(rs))
                .list();
    }
}
