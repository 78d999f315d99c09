package org.dataregistry.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes a publication's older jobs once a newer one succeeds, with their files:
 * <ul>
 * <li>unsuccessful jobs (a task FAILED or CANCELLED) are kept 180 days;</li>
 * <li>of the older successful jobs the most recent is always kept; the others are deleted unless they had over 10%
 * more OCIDs than the new job (a sign the new collection is incomplete), which is logged;</li>
 * <li>incomplete jobs and the active job are never deleted.</li>
 * </ul>
 */
@Component
public class JobRetention {

    static final Duration UNSUCCESSFUL_JOB_RETENTION = Duration.ofDays(180);
    /** An older job with more than this many times the new job's OCIDs is kept. */
    static final double OCID_TOLERANCE = 1.1;

    private static final Logger log = LoggerFactory.getLogger(JobRetention.class);

    private final JdbcClient jdbc;
    private final JobFiles files;
    private final JobStore store;
    private final Clock clock;

    public JobRetention(JdbcClient jdbc, JobFiles files, JobStore store, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    /** Applies the rule around {@code keptJobId}, the publication's new active job; returns the deleted jobs. */
    public List<Long> deleteOlderJobs(long keptJobId) {
        List<OlderJob> candidates = jdbc.sql("""
                        SELECT j.id, j.start, COALESCE((j.coverage ->> '/ocid')::bigint, 0) AS ocids,
                               %s AS unsuccessful
                        FROM job j
                        JOIN job kept ON kept.publication_id = j.publication_id AND kept.id = :kept
                        JOIN publication p ON p.id = j.publication_id
                        WHERE j.id <> kept.id AND j.status = 'COMPLETED'
                          AND j.id IS DISTINCT FROM p.active_job_id
                        ORDER BY j.start DESC NULLS LAST, j.id DESC
                        """.formatted(JobPredicates.hasUnsuccessfulTask("j")))
                .param("kept", keptJobId)
                .query((rs, row) -> new OlderJob(
                        rs.getLong("id"), rs.getTimestamp("start"), rs.getLong("ocids"), rs.getBoolean("unsuccessful")))
                .list();
        Long keptOcids = jdbc.sql("SELECT COALESCE((coverage ->> '/ocid')::bigint, 0) FROM job WHERE id = :kept")
                .param("kept", keptJobId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (keptOcids == null) {
            return List.of();
        }

        List<Long> deleted = new ArrayList<>();
        Timestamp unsuccessfulBefore = Timestamp.from(clock.instant().minus(UNSUCCESSFUL_JOB_RETENTION));
        boolean mostRecentSuccessfulSeen = false;
        for (OlderJob job : candidates) {
            if (job.unsuccessful()) {
                if (job.start() != null && job.start().before(unsuccessfulBefore)) {
                    deleted.add(job.id());
                }
            } else if (!mostRecentSuccessfulSeen) {
                mostRecentSuccessfulSeen = true;
            } else if (job.ocids() <= OCID_TOLERANCE * keptOcids) {
                deleted.add(job.id());
            } else {
                log.warn(
                        "Keeping old job {} with over 10% more OCIDs than newest job {} ({} >> {})",
                        job.id(), keptJobId, job.ocids(), keptOcids);
            }
        }
        for (long jobId : deleted) {
            store.delete(jobId);
            JobFiles.deleteRecursively(files.exportDir(jobId));
            JobFiles.deleteRecursively(files.temporaryDir(jobId));
        }
        return deleted;
    }

    private record OlderJob(long id, Timestamp start, long ocids, boolean unsuccessful) {}
}
