package org.dataregistry.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.job.JobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class DueJobsTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobStore jobs;

    DueJobs dueJobs;

    @BeforeEach
    void setUp() {
        dueJobs = new DueJobs(jdbc, jobs, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aDuePublicationGetsOnePlannedJobWithItsFiveTasks() {
        long due = publication("MONTHLY", false);

        assertThat(dueJobs.create()).singleElement().satisfies(job -> {
            assertThat(jdbc.sql("SELECT publication_id FROM job WHERE id = :job")
                            .param("job", job)
                            .query(Long.class)
                            .single())
                    .isEqualTo(due);
            assertThat(jdbc.sql("SELECT count(*) FROM task WHERE job_id = :job AND status = 'PLANNED'")
                            .param("job", job)
                            .query(Long.class)
                            .single())
                    .isEqualTo(5);
        });
    }

    @Test
    void publicationsThatAreNotDueGetNoJob() {
        publication("MONTHLY", true);
        publication("NEVER", false);
        long recentlyCollected = publication("MONTHLY", false);
        jdbc.sql("INSERT INTO job (publication_id, status, start, \"end\") VALUES (:p, 'COMPLETED', :start, :start)")
                .param("p", recentlyCollected)
                .param("start", Timestamp.from(NOW.minusSeconds(86_400)))
                .update();

        assertThat(dueJobs.create()).isEmpty();
    }

    @Test
    void sweepingTwiceCreatesNothingTwice() {
        publication("WEEKLY", false);

        assertThat(dueJobs.create()).hasSize(1);
        assertThat(dueJobs.create()).isEmpty();
    }

    @Test
    void jobsCreatedButNeverStartedAreListedForStarting() {
        publication("WEEKLY", false);
        long created = dueJobs.create().getFirst();

        assertThat(dueJobs.unstarted()).containsExactly(created);
        jdbc.sql("UPDATE job SET status = 'RUNNING', start = now() WHERE id = :job")
                .param("job", created)
                .update();
        assertThat(dueJobs.unstarted()).isEmpty();
    }

    private long publication(String frequency, boolean frozen) {
        return jdbc.sql("""
                        INSERT INTO publication (title, source_id, retrieval_frequency, frozen)
                        VALUES ('t', 's', :frequency, :frozen) RETURNING id
                        """)
                .param("frequency", frequency)
                .param("frozen", frozen)
                .query(Long.class)
                .single();
    }
}
