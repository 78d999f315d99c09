package org.dataregistry.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.job.Backend;
import org.dataregistry.job.JobPlan;
import org.dataregistry.job.JobPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class UnwipedJobsTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobPlans plans;

    UnwipedJobs unwiped;
    long publication;

    @BeforeEach
    void setUp() {
        unwiped = new UnwipedJobs(jdbc, plans, Clock.fixed(NOW, ZoneOffset.UTC));
        publication = jdbc.sql("""
                        INSERT INTO publication (title, source_id, retrieval_frequency, collector, source_url)
                        VALUES ('t', 'portugal', 'MONTHLY', 'HTTP', 'https://example.com/ocds.json') RETURNING id
                        """).query(Long.class).single();
    }

    @Test
    void completedJobsThatDontPreserveTheirTemporaryDataAndStillHaveItAreFound() {
        long unwipedJob = job("COMPLETED", false, false, Duration.ofHours(2));
        job("COMPLETED", true, false, Duration.ofHours(2));
        job("COMPLETED", false, true, Duration.ofHours(2));
        job("RUNNING", false, false, null);
        job("COMPLETED", false, false, Duration.ofMinutes(10));

        assertThat(unwiped.find()).singleElement().satisfies(plan -> {
            assertThat(plan.jobId()).isEqualTo(unwipedJob);
            assertThat(plan.backend()).isEqualTo(Backend.BUILT_IN);
            assertThat(plan.keepAllData()).isFalse();
        });
    }

    @Test
    void aSweepWipesTheOldestFirstAndNotTooManyAtOnce() {
        long oldest = job("COMPLETED", false, false, Duration.ofDays(30));
        for (int job = 0; job < UnwipedJobs.PER_SWEEP + 5; job++) {
            job("COMPLETED", false, false, Duration.ofDays(2));
        }

        assertThat(unwiped.find())
                .hasSize(UnwipedJobs.PER_SWEEP)
                .first()
                .extracting(JobPlan::jobId)
                .isEqualTo(oldest);
    }

    /** @param endedAgo how long ago it ended, or null if it hasn't */
    private long job(String status, boolean keepAllData, boolean archived, Duration endedAgo) {
        Timestamp end = endedAgo == null ? null : Timestamp.from(NOW.minus(endedAgo));
        return jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end", keep_all_data, archived)
                        VALUES (:publication, :status, :start, :end, :keep, :archived) RETURNING id
                        """)
                .param("publication", publication)
                .param("status", status)
                .param("start", Timestamp.from(NOW.minus(Duration.ofDays(60))))
                .param("end", end)
                .param("keep", keepAllData)
                .param("archived", archived)
                .query(Long.class)
                .single();
    }
}
