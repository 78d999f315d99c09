package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class JobDetailsTest {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    JobDetails details;

    @Autowired
    TaskNotes notes;

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
    void tasksComeInOrderWithTheirRetries() {
        long job = jobs.job(publication, "RUNNING", START, "OK");
        jdbc.sql("""
                        UPDATE task SET status = 'RUNNING', attempts = 3, last_error = 'Connection refused'
                        WHERE job_id = :job AND type = 'process'
                        """).param("job", job).update();

        List<TaskDetail> tasks = details.of(job).orElseThrow().tasks();

        assertThat(tasks).extracting(TaskDetail::type).containsExactly(TaskType.values());
        assertThat(tasks)
                .extracting(TaskDetail::status)
                .containsExactly(
                        JobStatus.COMPLETED,
                        JobStatus.RUNNING,
                        JobStatus.PLANNED,
                        JobStatus.PLANNED,
                        JobStatus.PLANNED);
        TaskDetail process = tasks.get(1);
        assertThat(process.attempts()).isEqualTo(3);
        assertThat(process.lastError()).isEqualTo("Connection refused");
        assertThat(process.retrying()).isTrue();
        assertThat(tasks.get(0).retrying()).isFalse();
    }

    @Test
    void eachTaskCarriesItsOwnNotesInTheOrderWritten() {
        long job = jobs.job(publication, "COMPLETED", START, "OK", "OK");
        TaskNoteRecord crawl =
                new TaskNoteRecord("ERROR", "HTTP 404 for https://example.com/1", Map.of("type", "HTTP 404"));
        TaskNoteRecord duplicates =
                new TaskNoteRecord("WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "awards"));
        TaskNoteRecord repeated = new TaskNoteRecord(
                "WARNING", "RepeatedDateValueWarning", Map.of("count", 2, "date", "2024-01-01T00:00:00Z"));
        notes.replace(job, TaskType.COLLECT, List.of(crawl));
        notes.replace(job, TaskType.PROCESS, List.of(duplicates, repeated));

        List<TaskDetail> tasks = details.of(job).orElseThrow().tasks();

        assertThat(tasks.get(0).notes()).containsExactly(crawl);
        assertThat(tasks.get(1).notes()).containsExactly(duplicates, repeated);
        assertThat(tasks.get(2).notes()).isEmpty();
    }

    @Test
    void showsTheJobsMetadataCountsAndContext() {
        long job = jobs.job(publication, "COMPLETED", START, "OK", "OK", "OK", "OK", "OK");
        jobs.update(job, """
                date_from = '2020-01-31', date_to = '2026-10-31', ocid_prefix = 'ocds-abc123',
                license = 'https://creativecommons.org/licenses/by/4.0/', publication_policy = 'https://example.com/p',
                parties_count = 1234567, plannings_count = 2, tenders_count = 3, tenderers_count = 4,
                tenders_items_count = 5, awards_count = 6, awards_items_count = 7, awards_suppliers_count = 8,
                contracts_count = 9, contracts_items_count = 10, contracts_transactions_count = 11,
                documents_count = 12, milestones_count = 13, amendments_count = 14, archived = true,
                context = '{"spider": "portugal", "scrapy_log": "http://scrapyd/logs/kingfisher/portugal/1.log",
                            "collect_error_rate": 0.25, "cancelled_by": "olga", "cancel_reason": "stuck"}'
                """);
        jobs.activate(job);

        JobDetail detail = details.of(job).orElseThrow();

        assertThat(detail.publicationLabel()).isEqualTo("Tenders (" + publication + ")");
        assertThat(detail.active()).isTrue();
        assertThat(detail.wiped()).isTrue();
        assertThat(detail.keepAllData()).isFalse();
        assertThat(detail.dateFrom()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(detail.dateTo()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(detail.ocidPrefix()).isEqualTo("ocds-abc123");
        assertThat(detail.license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(detail.publicationPolicy()).isEqualTo("https://example.com/p");
        assertThat(detail.counts()).isEqualTo(new JobCounts(3, 4, 5, 1234567, 6, 7, 8, 9, 10, 11, 12, 2, 13, 14));
        assertThat(detail.contextEntries())
                .containsEntry("collect_error_rate", 0.25)
                .containsKeys("spider", "scrapy_log");
        assertThat(List.copyOf(detail.contextEntries().keySet())).isSorted();
        assertThat(detail.scrapyLog()).contains("http://scrapyd/logs/kingfisher/portugal/1.log");
        assertThat(detail.cancelledBy()).contains("olga");
        assertThat(detail.cancelReason()).contains("stuck");
    }

    @Test
    void aJobWithoutCancelOrCrawlHasNoSuchLinks() {
        JobDetail detail = details.of(jobs.job(publication, "PLANNED", START)).orElseThrow();

        assertThat(detail.scrapyLog()).isEmpty();
        assertThat(detail.cancelledBy()).isEmpty();
        assertThat(detail.active()).isFalse();
    }

    @Test
    void aDeletedJobHasNoDetails() {
        assertThat(details.of(404_404)).isEmpty();
    }
}
