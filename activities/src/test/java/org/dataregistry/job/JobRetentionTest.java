package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dataregistry.database.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which older jobs a successful job deletes, case by case, as the original's retention tests check it. */
@PersistenceTest
class JobRetentionTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    @Autowired
    JobStore store;

    TestJobs jobs;
    JobRetention retention;
    long publication;

    @BeforeEach
    void setUp() {
        jobs = new TestJobs(jdbc);
        retention = new JobRetention(jdbc, files, store, Clock.fixed(NOW, ZoneOffset.UTC));
        publication = jobs.publication("HTTP");
    }

    @Test
    void keepsTheMostRecentOlderSuccessfulJobAndUnsuccessfulOnesYoungerThan180Days() {
        long successful500 = job(500, "OK", 10);
        long unsuccessful500 = job(500, "FAILED", 10);
        long successful400 = job(400, "OK", 10);
        long unsuccessful400 = job(400, "FAILED", 10);
        long successful100 = job(100, "OK", 10);
        long unsuccessful100 = job(100, "FAILED", 10);
        long cancelled1 = job(1, "CANCELLED", 10);
        long newest = activeJob(0, 10);

        retention.deleteOlderJobs(newest);

        assertThat(jobs.exists(successful500)).isFalse();
        assertThat(jobs.exists(unsuccessful500)).isFalse();
        assertThat(jobs.exists(successful400)).isFalse();
        assertThat(jobs.exists(unsuccessful400)).isFalse();
        assertThat(jobs.exists(successful100))
                .as("most recent older successful job")
                .isTrue();
        assertThat(jobs.exists(unsuccessful100)).isTrue();
        assertThat(jobs.exists(cancelled1)).isTrue();
        assertThat(jobs.exists(newest)).isTrue();
    }

    @Test
    void keepsOlderJobsWithOver10PercentMoreOcidsThanTheNewestOne() {
        long ocids100 = job(6, "OK", 100);
        long ocids1000 = job(5, "OK", 1000);
        long ocids1100 = job(4, "OK", 1100);
        long ocids1101 = job(3, "OK", 1101);
        long ocids1200 = job(2, "OK", 1200);
        long secondMostRecent = job(1, "OK", 5);
        long newest = activeJob(0, 1000);

        retention.deleteOlderJobs(newest);

        assertThat(jobs.exists(ocids100)).isFalse();
        assertThat(jobs.exists(ocids1000)).isFalse();
        assertThat(jobs.exists(ocids1100)).isFalse();
        assertThat(jobs.exists(ocids1101)).isTrue();
        assertThat(jobs.exists(ocids1200)).isTrue();
        assertThat(jobs.exists(secondMostRecent)).isTrue();
    }

    @Test
    void incompleteJobsAreNeverDeleted() {
        long incomplete = jobs.plannedJob(publication);
        job(3, "OK", 1);
        long newest = activeJob(0, 1);

        retention.deleteOlderJobs(newest);

        assertThat(jobs.exists(incomplete)).isTrue();
    }

    @Test
    void aDeletedJobsFilesAreDeletedWithIt() throws Exception {
        long old = job(300, "OK", 1);
        job(200, "OK", 1);
        Path exports = Files.createDirectories(files.exportDir(old));
        Files.writeString(exports.resolve("full.jsonl.gz"), "x");
        long newest = activeJob(0, 1);

        assertThat(retention.deleteOlderJobs(newest)).containsExactly(old);
        assertThat(exports).doesNotExist();
    }

    private long job(int daysAgo, String collectResult, long ocids) {
        return jobs.completedJob(publication, NOW.minus(Duration.ofDays(daysAgo)), collectResult, ocids);
    }

    private long activeJob(int daysAgo, long ocids) {
        long job = job(daysAgo, "OK", ocids);
        jdbc.sql("UPDATE publication SET active_job_id = :job WHERE id = :p")
                .param("job", job)
                .param("p", publication)
                .update();
        return job;
    }
}
