package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.dataregistry.database.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class JobSearchTest {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    JobSearch search;

    @Autowired
    JdbcClient jdbc;

    TestJobs jobs;
    long publication;

    @BeforeEach
    void setUp() {
        jobs = new TestJobs(jdbc);
        publication = jobs.publication("Tenders", "Portugal");
    }

    @Test
    void searchFindsThePublicationsTitleOrCountryIgnoringCaseAndAccents() {
        long montreal = jobs.job(jobs.publication("Montréal open data", "Canada"), "COMPLETED", START, "OK");
        long mexico = jobs.job(jobs.publication("City tenders", "México"), "COMPLETED", START, "OK");

        assertThat(ids(JobFilter.search("MONTREAL"))).containsExactly(montreal);
        assertThat(ids(JobFilter.search("mexico city"))).containsExactly(mexico);
        assertThat(ids(JobFilter.search("canada"))).containsExactly(montreal);
        assertThat(ids(JobFilter.search("100%"))).isEmpty();
    }

    @Test
    void searchIgnoresPunctuationAsThePublicationSearchDoes() {
        long ivoryCoast = jobs.job(jobs.publication("Open contracting", "Côte d'Ivoire"), "COMPLETED", START, "OK");
        jobs.job(jobs.publication("Ivory Coast tenders", "Cote"), "COMPLETED", START, "OK");

        assertThat(ids(JobFilter.search("cote divoire"))).containsExactly(ivoryCoast);
        assertThat(ids(JobFilter.search("cote d ivoire"))).containsExactly(ivoryCoast);
        assertThat(ids(JobFilter.search("cotedivoire"))).isEmpty();
    }

    @Test
    void filtersByStatus() {
        long planned = jobs.job(jobs.publication("A", ""), "PLANNED", START);
        long running = jobs.job(jobs.publication("B", ""), "RUNNING", START, "OK");
        long completed = jobs.job(publication, "COMPLETED", START, "OK", "OK", "OK", "OK", "OK");

        assertThat(ids(filter(f -> f.setStatus(JobStatus.PLANNED)))).containsExactly(planned);
        assertThat(ids(filter(f -> f.setStatus(JobStatus.RUNNING)))).containsExactly(running);
        assertThat(ids(filter(f -> f.setStatus(JobStatus.COMPLETED)))).containsExactly(completed);
    }

    @Test
    void unsuccessfulMeansCompletedWithATaskFailedOrCancelled() {
        long failed = jobs.job(publication, "COMPLETED", START, "OK", "FAILED");
        long cancelled = jobs.job(
                publication, "COMPLETED", START, "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        long succeeded = jobs.job(publication, "COMPLETED", START, "OK", "OK", "OK", "OK", "OK");
        jobs.job(publication, "RUNNING", START, "OK");

        assertThat(ids(filter(f -> f.setUnsuccessful(true)))).containsExactly(cancelled, failed);
        assertThat(ids(filter(f -> f.setUnsuccessful(false)))).containsExactly(succeeded);
    }

    @Test
    void filtersByTemporaryDataDeleted() {
        long archived = jobs.job(publication, "COMPLETED", START, "OK");
        jobs.update(archived, "archived = true");
        long kept = jobs.job(publication, "COMPLETED", START, "OK");

        assertThat(ids(filter(f -> f.setWiped(true)))).containsExactly(archived);
        assertThat(ids(filter(f -> f.setWiped(false)))).containsExactly(kept);
    }

    @Test
    void filtersByBeingThePublicationsActiveJob() {
        long older = jobs.job(publication, "COMPLETED", START, "OK");
        long active = jobs.job(publication, "COMPLETED", START, "OK");
        jobs.activate(active);
        long otherPublications = jobs.job(jobs.publication("No active job", ""), "COMPLETED", START, "OK");

        assertThat(ids(filter(f -> f.setActive(true)))).containsExactly(active);
        assertThat(ids(filter(f -> f.setActive(false)))).containsExactly(otherPublications, older);
        assertThat(search.find(new JobFilter(), 0, 10))
                .extracting(JobRow::active)
                .containsExactly(false, true, false);
    }

    @Test
    void filtersCombine() {
        long archivedFailure = jobs.job(publication, "COMPLETED", START, "FAILED");
        jobs.update(archivedFailure, "archived = true");
        jobs.job(publication, "COMPLETED", START, "FAILED");
        jobs.update(jobs.job(publication, "COMPLETED", START, "OK"), "archived = true");

        assertThat(ids(filter(f -> {
                    f.setUnsuccessful(true);
                    f.setWiped(true);
                })))
                .containsExactly(archivedFailure);
    }

    @Test
    void lastCompletedTaskIsTheFurthestTaskThatCompletedFailedOrNot() {
        long exported = jobs.job(publication, "RUNNING", START, "OK", "OK", "OK", "OK");
        long failedProcessing = jobs.job(jobs.publication("B", ""), "COMPLETED", START, "OK", "FAILED");
        long cancelledCollecting = jobs.job(
                jobs.publication("C", ""),
                "COMPLETED",
                START,
                "CANCELLED",
                "CANCELLED",
                "CANCELLED",
                "CANCELLED",
                "CANCELLED");
        long planned = jobs.job(jobs.publication("D", ""), "PLANNED", START);

        assertThat(row(exported).lastCompletedTaskLabel()).isEqualTo("exporter (4/5)");
        assertThat(row(failedProcessing).lastCompletedTaskLabel()).isEqualTo("process (2/5)");
        assertThat(row(cancelledCollecting).lastCompletedTaskLabel()).isEmpty();
        assertThat(row(planned).lastCompletedTaskLabel()).isEmpty();
    }

    @Test
    void rowsShowTheJobAndItsPublication() {
        long job = jobs.job(publication, "COMPLETED", START, "OK");
        jobs.update(job, "keep_all_data = true, \"end\" = '2026-11-02T08:00:00Z'");

        JobRow row = row(job);

        assertThat(row.job().label()).isEqualTo("2026-11-01 .. 2026-11-02 (" + job + ")");
        assertThat(row.publicationTitle()).isEqualTo("Tenders");
        assertThat(row.publicationCountry()).isEqualTo("Portugal");
        assertThat(row.keepAllData()).isTrue();
        assertThat(row.wiped()).isFalse();
    }

    @Test
    void jobNamesShowTimesWhenTwoJobsOfThePublicationStartedTheSameDay() {
        long first = jobs.job(publication, "COMPLETED", START, "OK");
        jobs.update(first, "\"end\" = '2026-11-01T11:30:00Z'");
        long second = jobs.job(publication, "RUNNING", START.plusSeconds(3 * 3600), "OK");
        long nextDay = jobs.job(publication, "COMPLETED", START.plusSeconds(86_400), "OK");
        jobs.update(nextDay, "\"end\" = '2026-11-03T09:00:00Z'");
        long otherPublication = jobs.job(jobs.publication("Awards", "Chile"), "RUNNING", START, "OK");

        assertThat(row(first).job().label()).isEqualTo("2026-11-01 10:00 UTC .. 2026-11-01 11:30 UTC (" + first + ")");
        assertThat(row(second).job().label()).isEqualTo("2026-11-01 13:00 UTC ..  (" + second + ")");
        assertThat(row(nextDay).job().label()).isEqualTo("2026-11-02 .. 2026-11-03 (" + nextDay + ")");
        assertThat(row(otherPublication).job().label()).isEqualTo("2026-11-01 ..  (" + otherPublication + ")");
    }

    @Test
    void pagesNewestFirst() {
        List<Long> created = LongStream.range(0, 25)
                .mapToObj(i -> jobs.job(publication, "COMPLETED", START.plusSeconds(i), "OK"))
                .toList();

        assertThat(search.count(new JobFilter())).isEqualTo(25);
        assertThat(search.find(new JobFilter(), 0, 10))
                .extracting(row -> row.job().id())
                .containsExactlyElementsOf(created.reversed().subList(0, 10));
        assertThat(search.find(new JobFilter(), 20, 10))
                .extracting(row -> row.job().id())
                .containsExactlyElementsOf(created.reversed().subList(20, 25));
    }

    private JobRow row(long job) {
        return search.find(new JobFilter(), 0, 100).stream()
                .filter(row -> row.job().id() == job)
                .findFirst()
                .orElseThrow();
    }

    private List<Long> ids(JobFilter filter) {
        List<Long> ids =
                search.find(filter, 0, 100).stream().map(row -> row.job().id()).toList();
        assertThat(search.count(filter)).as("count").isEqualTo(ids.size());
        return ids;
    }

    private static JobFilter filter(Consumer<JobFilter> choice) {
        JobFilter filter = new JobFilter();
        choice.accept(filter);
        return filter;
    }
}
