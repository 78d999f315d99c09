package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.process.PublicationMetadata;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class JobBookkeepingActivitiesImplTest {

    @Autowired
    JobBookkeepingActivitiesImpl bookkeeping;

    @Autowired
    TaskNotes notes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    @Autowired
    JobStore store;

    TestJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new TestJobs(jdbc);
    }

    @Test
    void beginningANewJobRunsItAndPlansItsFiveTasks() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));

        JobPlan plan = bookkeeping.begin(new JobStart(job, TaskType.COLLECT));

        assertThat(plan.backend()).isEqualTo(Backend.BUILT_IN);
        assertThat(plan.sourceUrl()).isEqualTo("https://example.com/ocds.json");
        assertThat(jobs.jobColumn(job, "status")).isEqualTo("RUNNING");
        assertThat(jobs.jobColumn(job, "start")).isNotNull();
        for (TaskType type : TaskType.values()) {
            assertThat(jobs.taskColumn(job, type, "status")).as(type.value()).isEqualTo("PLANNED");
        }
    }

    @Test
    void aScrapydPublicationRunsOnKingfisherWithoutItsSettingsInThePlan() {
        long publication = jobs.publication("SCRAPYD");
        long bundle = jdbc.sql("INSERT INTO settings_bundle (name) VALUES ('Cloudflare') RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO setting (settings_bundle_id, key, value) VALUES (:b, 'CF_USER_AGENT', 'Mozilla'), "
                        + "(:b, 'CF_CLEARANCE', 'abc=1')")
                .param("b", bundle)
                .update();
        jdbc.sql("UPDATE publication SET settings_bundle_id = :b WHERE id = :p")
                .param("b", bundle)
                .param("p", publication)
                .update();

        JobPlan plan = bookkeeping.begin(new JobStart(jobs.plannedJob(publication), TaskType.COLLECT));

        assertThat(plan.backend()).isEqualTo(Backend.KINGFISHER);
        assertThat(plan.sourceId()).isEqualTo("portugal");
        // The plan enters the workflow history; the clearance cookie must not.
        assertThat(plan.toString()).doesNotContain("abc=1", "CF_CLEARANCE");
    }

    @Test
    void restartingFromATaskResetsItAndTheLaterTasksOnlyAndReadsTheEarlierContext() {
        long publication = jobs.publication("SCRAPYD");
        long job = jobs.completedJob(publication, Instant.parse("2026-11-01T00:00:00Z"), "OK", 10);
        jdbc.sql("UPDATE job SET context = '{\"process_id\": \"456\", \"process_compiled_collection_id\": 457, "
                        + "\"exported_files\": [\"full.jsonl.gz\"]}' WHERE id = :job")
                .param("job", job)
                .update();
        notes.replace(job, TaskType.EXPORTER, List.of(new TaskNoteRecord("WARNING", "old", Map.of())));
        String collectEnd = jobs.taskColumn(job, TaskType.COLLECT, "\"end\"");

        JobPlan plan = bookkeeping.begin(new JobStart(job, TaskType.EXPORTER));

        assertThat(jobs.jobColumn(job, "status")).isEqualTo("RUNNING");
        assertThat(jobs.jobColumn(job, "\"end\"")).isNull();
        assertThat(jobs.taskColumn(job, TaskType.PULL, "result")).isEqualTo("OK");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "\"end\"")).isEqualTo(collectEnd);
        assertThat(jobs.taskColumn(job, TaskType.EXPORTER, "status")).isEqualTo("PLANNED");
        assertThat(jobs.taskColumn(job, TaskType.EXPORTER, "result")).isEmpty();
        assertThat(jobs.taskColumn(job, TaskType.FLATTENER, "status")).isEqualTo("PLANNED");
        assertThat(notes.of(job, TaskType.EXPORTER)).isEmpty();
        assertThat(plan.kingfisher().processId()).isEqualTo("456");
        assertThat(plan.kingfisher().compiledCollectionId()).isEqualTo(457L);
        assertThat(plan.exportedFiles()).containsExactly("full.jsonl.gz");
    }

    @Test
    void aContextStoredByOtherVersionsIsReadForWhatItSays() {
        long job = jobs.completedJob(jobs.publication("SCRAPYD"), Instant.parse("2026-11-01T00:00:00Z"), "OK", 10);
        jdbc.sql("""
                UPDATE job SET context = '{"process_id": 456, "data_version": "2024-01-15 10:00:00",
                    "process_compiled_collection_id": "457", "collect_error_rate": 0, "workflow_id": "job-1",
                    "xlsx_skipped": {}}'
                WHERE id = :job
                """).param("job", job).update();

        JobPlan plan = bookkeeping.begin(new JobStart(job, TaskType.PULL));

        assertThat(plan.kingfisher())
                .isEqualTo(new KingfisherContext(null, null, null, "456", "2024-01-15 10:00:00", 457L));
        assertThat(plan.exportedFiles()).isEmpty();
    }

    @Test
    void aTaskThatLearnedNothingLeavesTheContextAsItWas() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        jdbc.sql("UPDATE job SET context = '{\"pages\": 2}' WHERE id = :job")
                .param("job", job)
                .update();

        bookkeeping.recordContext(new JobContextUpdate(job, JobContext.flattened(Map.of())));

        assertThat(jobs.jobColumn(job, "context")).isEqualTo("{\"pages\": 2}");
    }

    @Test
    void aJobThatNoLongerExistsIsAPermanentFailure() {
        assertThatThrownBy(() -> bookkeeping.begin(new JobStart(999_999, TaskType.COLLECT)))
                .isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
                    assertThat(failure.isNonRetryable()).isTrue();
                    assertThat(failure.getType()).isEqualTo(FailureTypes.INPUT_MISSING);
                });
    }

    @Test
    void aFailedTaskCompletesTheJobUnsuccessfullyWithItsNote() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.COLLECT));

        bookkeeping.taskEnded(TaskEnd.failed(new TaskRef(job, TaskType.COLLECT), "HTTP 404 from https://example.com"));

        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "status")).isEqualTo("COMPLETED");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "result")).isEqualTo("FAILED");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "note")).isEqualTo("HTTP 404 from https://example.com");
        assertThat(jobs.taskColumn(job, TaskType.PROCESS, "status")).isEqualTo("PLANNED");
        assertThat(jobs.jobColumn(job, "status")).isEqualTo("COMPLETED");
    }

    @Test
    void aTaskResumedAfterAnAppRestartKeepsItsStartAndAttemptsAndSaysSo() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.COLLECT));
        jdbc.sql("""
                UPDATE task SET start = '2026-01-02T03:04:05Z', attempts = 2, last_error = 'HTTP 503'
                WHERE job_id = :job AND type = 'collect'
                """).param("job", job).update();

        // The app restarts while the third attempt runs: recovery marks the task, then its workflow begins again.
        store.markResumed(job);
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.COLLECT));

        assertThat(jdbc.sql("SELECT start FROM task WHERE job_id = :job AND type = 'collect'")
                        .param("job", job)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "attempts")).isEqualTo("3");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "last_error")).isEqualTo("HTTP 503");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "note")).isEqualTo("resumed after the app restarted");

        bookkeeping.taskEnded(TaskEnd.succeeded(new TaskRef(job, TaskType.COLLECT), JobContext.EMPTY));

        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "result")).isEqualTo("OK");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "note")).isEqualTo("resumed after the app restarted");
    }

    @Test
    void aTaskStartedAgainWithoutARestartStartsAfresh() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.COLLECT));
        jdbc.sql("UPDATE task SET attempts = 2, last_error = 'HTTP 503' WHERE job_id = :job AND type = 'collect'")
                .param("job", job)
                .update();

        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.COLLECT));

        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "attempts")).isEqualTo("0");
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "last_error")).isEmpty();
        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "note")).isEmpty();
    }

    @Test
    void contextEntriesAreMergedIntoTheJobsContext() {
        long job = jobs.plannedJob(jobs.publication("SCRAPYD"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));

        bookkeeping.recordContext(new JobContextUpdate(job, JobContext.crawlScheduled("portugal", "abc", null)));
        bookkeeping.taskEnded(
                TaskEnd.succeeded(new TaskRef(job, TaskType.COLLECT), JobContext.crawled("456", null, 0)));

        assertThat(jobs.jobColumn(job, "context ->> 'spider'")).isEqualTo("portugal");
        assertThat(jobs.jobColumn(job, "context ->> 'process_id'")).isEqualTo("456");
        assertThat(jobs.jobColumn(job, "status")).isEqualTo("RUNNING");
    }

    @Test
    void metadataIsStoredOnTheJob() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));

        bookkeeping.recordMetadata(new JobMetadataUpdate(
                job,
                new PublicationMetadata(
                        "2019-02-01",
                        "2024-05-01",
                        "ocds-213czf",
                        "https://creativecommons.org/licenses/by/4.0/",
                        "https://example.com/policy")));

        assertThat(jobs.jobColumn(job, "date_from")).isEqualTo("2019-02-01");
        assertThat(jobs.jobColumn(job, "date_to")).isEqualTo("2024-05-01");
        assertThat(jobs.jobColumn(job, "ocid_prefix")).isEqualTo("ocds-213czf");
        assertThat(jobs.jobColumn(job, "publication_policy")).isEqualTo("https://example.com/policy");
    }

    @Test
    void aSuccessfulJobBecomesActiveSetsLastRetrievedAndFillsABlankPublicationPolicy() {
        long publication = jobs.publication("HTTP");
        long job = jobs.plannedJob(publication);
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskEnded(TaskEnd.succeeded(new TaskRef(job, TaskType.COLLECT), JobContext.EMPTY));
        jdbc.sql("UPDATE job SET publication_policy = 'https://example.com/policy' WHERE id = :job")
                .param("job", job)
                .update();

        bookkeeping.succeed(job);

        assertThat(jobs.jobColumn(job, "status")).isEqualTo("COMPLETED");
        Map<String, Object> row = jdbc.sql(
                        "SELECT active_job_id, last_retrieved, publication_policy FROM publication " + "WHERE id = :p")
                .param("p", publication)
                .query()
                .singleRow();
        assertThat(row.get("active_job_id")).isEqualTo(job);
        assertThat(row.get("last_retrieved")).isNotNull();
        assertThat(row.get("publication_policy")).isEqualTo("https://example.com/policy");
    }

    @Test
    void cancellingCompletesTheRunningAndPlannedTasksAsCancelled() {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        bookkeeping.begin(new JobStart(job, TaskType.COLLECT));
        bookkeeping.taskEnded(TaskEnd.succeeded(new TaskRef(job, TaskType.COLLECT), JobContext.EMPTY));
        bookkeeping.taskStarted(new TaskRef(job, TaskType.PROCESS));

        bookkeeping.cancelled(job);

        assertThat(jobs.taskColumn(job, TaskType.COLLECT, "result")).isEqualTo("OK");
        assertThat(jobs.taskColumn(job, TaskType.PROCESS, "result")).isEqualTo("CANCELLED");
        assertThat(jobs.taskColumn(job, TaskType.FLATTENER, "result")).isEqualTo("CANCELLED");
        assertThat(jobs.taskColumn(job, TaskType.FLATTENER, "status")).isEqualTo("COMPLETED");
        assertThat(jobs.jobColumn(job, "status")).isEqualTo("COMPLETED");
    }

    @Test
    void wipingMarksTheTemporaryDataDeletedAndRemovesTheJobsEmptiedTemporaryFolder() throws Exception {
        long job = jobs.plannedJob(jobs.publication("HTTP"));
        java.nio.file.Files.createDirectories(files.stagingFile(job).getParent());

        bookkeeping.wiped(job);

        assertThat(jobs.jobColumn(job, "archived")).isEqualTo("true");
        assertThat(files.temporaryDir(job)).doesNotExist();
    }

    @Test
    void restartingFromATaskThatWritesTemporaryDataClearsTemporaryDataDeleted() {
        for (TaskType task : List.of(TaskType.COLLECT, TaskType.PROCESS, TaskType.PULL)) {
            long job = jobs.completedJob(jobs.publication("HTTP"), Instant.parse("2026-11-01T00:00:00Z"), "OK", 10);
            jobs.update(job, "archived = true, keep_all_data = true");

            bookkeeping.begin(new JobStart(job, task));

            assertThat(jobs.jobColumn(job, "archived")).as(task.value()).isEqualTo("false");
        }
    }

    @Test
    void restartingFromTheExporterOrFlattenerLeavesTemporaryDataDeleted() {
        for (TaskType task : List.of(TaskType.EXPORTER, TaskType.FLATTENER)) {
            long job = jobs.completedJob(jobs.publication("HTTP"), Instant.parse("2026-11-01T00:00:00Z"), "OK", 10);
            jobs.update(job, "archived = true");

            bookkeeping.begin(new JobStart(job, task));

            assertThat(jobs.jobColumn(job, "archived")).as(task.value()).isEqualTo("true");
        }
    }
}
