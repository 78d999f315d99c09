package org.dataregistry.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dataregistry.job.JobPlan;
import org.dataregistry.job.JobPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Completed jobs whose temporary data is still there though they don't preserve it, as the original's archive phase
 * finds them: a job whose "preserve temporary data" was unchecked after it completed, or whose wipe kept failing.
 */
@Repository
public class UnwipedJobs {

    /** The most jobs one sweep wipes, so that a backlog (e.g. while Kingfisher Process is down) is worked off. */
    static final int PER_SWEEP = 20;
    /** How long ago a job must have ended: its own workflow wipes it right after it ends. */
    static final Duration SETTLED = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JobPlans plans;
    private final Clock clock;

    public UnwipedJobs(JdbcClient jdbc, JobPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    /** The jobs to wipe now, oldest first, with what wiping each needs. */
    public List<JobPlan> find() {
        // The column archived keeps the original's name: it means the temporary data was wiped.
        return jdbc
                .sql("""
                        SELECT id FROM job
                        WHERE status = 'COMPLETED' AND NOT keep_all_data AND NOT archived AND "end" < :settled
                        ORDER BY "end", id LIMIT :limit
                        """)
                .param("settled", Timestamp.from(clock.instant().minus(SETTLED)))
                .param("limit", PER_SWEEP)
                .query(Long.class)
                .list()
                .stream()
                .map(plans::find)
                .flatMap(Optional::stream)
                .toList();
    }
}
