package org.dataregistry.schedule;

import static org.dataregistry.database.Rows.instant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dataregistry.job.JobPredicates;
import org.dataregistry.job.JobStore;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.schedule.SchedulingRule.PublicationSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates the jobs the schedule calls for, and lists the jobs waiting for their workflow to start. */
@Component
public class DueJobs {

    private static final Logger log = LoggerFactory.getLogger(DueJobs.class);

    private final JdbcClient jdbc;
    private final JobStore jobs;
    private final Clock clock;

    public DueJobs(JdbcClient jdbc, JobStore jobs, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Creates a job for each publication {@link SchedulingRule due} today; returns the new jobs. */
    public List<Long> create() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        List<Long> created = new ArrayList<>();
        for (PublicationSchedule publication : schedules()) {
            if (SchedulingRule.isDue(publication, today)) {
                try {
                    created.add(jobs.create(publication.publicationId()));
                } catch (ActionRefusedException anotherSweepWasFirst) {
                    log.info("Publication {} got a job from elsewhere meanwhile", publication.publicationId());
                }
            }
        }
        return created;
    }

    /** Jobs created but never started (this sweep's, or older ones whose start was lost). */
    public List<Long> unstarted() {
        return jdbc.sql("SELECT id FROM job WHERE status = 'PLANNED' AND start IS NULL ORDER BY id")
                .query(Long.class)
                .list();
    }

    private List<PublicationSchedule> schedules() {
        return jdbc.sql("""
                        SELECT p.id, p.frozen, p.retrieval_frequency,
                               latest.id AS latest_job, latest.start AS latest_start,
                               %s AS latest_unsuccessful,
                               EXISTS (SELECT 1 FROM job j WHERE j.publication_id = p.id
                                       AND j.status <> 'COMPLETED') AS has_incomplete
                        FROM publication p
                        LEFT JOIN LATERAL (
                            SELECT j.id, j.start FROM job j WHERE j.publication_id = p.id
                            ORDER BY j.start DESC NULLS FIRST, j.id DESC LIMIT 1
                        ) latest ON true
                        WHERE NOT p.frozen AND p.retrieval_frequency IS NOT NULL AND p.retrieval_frequency <> 'NEVER'
                        ORDER BY p.id
                        """.formatted(JobPredicates.hasUnsuccessfulTask("latest")))
                .query((rs, row) -> new PublicationSchedule(
                        rs.getLong("id"),
                        rs.getBoolean("frozen"),
                        RetrievalFrequency.valueOf(rs.getString("retrieval_frequency")),
                        rs.getObject("latest_job") != null,
                        instant(rs, "latest_start"),
                        rs.getBoolean("latest_unsuccessful"),
                        rs.getBoolean("has_incomplete")))
                .list();
    }
}
