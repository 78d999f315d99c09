package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dataregistry.database.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class RecentJobsTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    RecentJobs recentJobs;

    @Autowired
    JdbcClient jdbc;

    TestJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new TestJobs(jdbc);
    }

    @Test
    void theTenMostRecentlyStartedCompletedJobsOldestFirst() {
        long publication = jobs.publication("Tenders", "Portugal");
        List<Long> completed = IntStream.range(0, 12)
                .mapToObj(day -> jobs.job(publication, "COMPLETED", START.plusSeconds(86_400L * (11 - day)), "OK"))
                .toList();
        jobs.job(publication, "RUNNING", START.plusSeconds(86_400L * 30), "OK");

        List<RecentJob> recent = recentJobs.of(List.of(publication)).get(publication);

        assertThat(recent)
                .extracting(job -> job.job().id())
                .containsExactlyElementsOf(completed.subList(0, 10).reversed());
    }

    @Test
    void tellsUnsuccessfulJobsAndTheCollectErrorRate() {
        long publication = jobs.publication("Tenders", "Portugal");
        long failed = jobs.job(publication, "COMPLETED", START, "OK", "FAILED");
        jobs.update(failed, "context = '{\"collect_error_rate\": 0.25}'");
        long unmeasured = jobs.job(publication, "COMPLETED", START.plusSeconds(60), "OK", "OK", "OK", "OK", "OK");
        long perfect = jobs.job(publication, "COMPLETED", START.plusSeconds(120), "OK", "OK", "OK", "OK", "OK");
        jobs.update(perfect, "context = '{\"collect_error_rate\": 0}'");

        List<RecentJob> recent = recentJobs.of(List.of(publication)).get(publication);

        assertThat(recent).extracting(job -> job.job().id()).containsExactly(failed, unmeasured, perfect);
        assertThat(recent).extracting(RecentJob::unsuccessful).containsExactly(true, false, false);
        assertThat(recent).extracting(RecentJob::collectErrorRate).containsExactly(0.25, null, 0.0);
    }

    @Test
    void loadsAPageOfPublicationsAtOnceLeavingOutThoseWithoutCompletedJobs() {
        long tenders = jobs.publication("Tenders", "Portugal");
        long contracts = jobs.publication("Contracts", "Chile");
        long fresh = jobs.publication("New", "Peru");
        long other = jobs.publication("Not on the page", "Peru");
        long tendersJob = jobs.job(tenders, "COMPLETED", START, "OK");
        long contractsJob = jobs.job(contracts, "COMPLETED", START, "OK");
        jobs.job(fresh, "PLANNED", START);
        jobs.job(other, "COMPLETED", START, "OK");

        Map<Long, List<RecentJob>> recent = recentJobs.of(List.of(tenders, contracts, fresh));

        assertThat(recent).containsOnlyKeys(tenders, contracts);
        assertThat(recent.get(tenders)).extracting(job -> job.job().id()).containsExactly(tendersJob);
        assertThat(recent.get(contracts)).extracting(job -> job.job().id()).containsExactly(contractsJob);
        assertThat(recentJobs.of(List.of())).isEmpty();
    }
}
