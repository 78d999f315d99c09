package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataregistry.collect.CrawlResult;
import org.dataregistry.collect.DownloadResult;
import org.dataregistry.process.ProcessResult;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobWorkflowTest {

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(JobWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private final FakeActivities fakes = new FakeActivities();

    @Test
    void aJobRunsTheFiveTasksInOrderThenBecomesActiveAndWipesItsTemporaryData(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

        assertThat(outcome).isEqualTo(JobOutcome.succeeded());
        assertThat(callsWithoutFlattening())
                .containsExactly(
                        "begin collect",
                        "start collect",
                        "download",
                        "end collect OK",
                        "start process",
                        "process",
                        "metadata",
                        "end process OK",
                        "start pull",
                        "pull",
                        "coverage",
                        "end pull OK",
                        "start exporter",
                        "export",
                        "end exporter OK",
                        "start flattener",
                        "end flattener OK",
                        "succeed",
                        "wipe download",
                        "wipe process",
                        "wipe pull",
                        "wiped");
    }

    @Test
    void theLongTasksRunOnTheBulkQueueAndTheRestOnTheWorkflowsQueue(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        run(env, worker, job, TaskType.COLLECT);

        String bulk = TaskQueues.bulkOf(worker.getTaskQueue());
        assertThat(fakes.taskQueues)
                .containsEntry("download", bulk)
                .containsEntry("process", bulk)
                .containsEntry("pull", bulk)
                .containsEntry("export", bulk)
                .containsEntry("flatten full.jsonl.gz", bulk)
                .containsEntry("begin collect", worker.getTaskQueue())
                .containsEntry("wipe download", worker.getTaskQueue());
    }

    @Test
    void theFlattenerFlattensEveryExportedFile(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        run(env, worker, job, TaskType.COLLECT);

        assertThat(fakes.calls)
                .filteredOn(call -> call.startsWith("flatten "))
                .containsExactlyInAnyOrder("flatten full.jsonl.gz", "flatten 2020.jsonl.gz");
    }

    @Test
    void aTemporaryFailureIsRetriedAndTheTaskThenSucceeds(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        AtomicInteger attempts = new AtomicInteger();
        DownloadResult downloaded = fakes.onDownload.get();
        fakes.onDownload = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("HTTP 503 from https://example.com/ocds.json");
            }
            return downloaded;
        };

        JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

        assertThat(outcome).isEqualTo(JobOutcome.succeeded());
        assertThat(fakes.calls).containsSubsequence("start collect", "download", "download", "end collect OK");
    }

    /**
     * Runs in real time, with the download's retry window shortened to two seconds. Time-skipped through the real
     * three-day window, the in-process test server went through some 80 attempts, locking and unlocking time skipping
     * around each attempt and its heartbeat and retry timers, and on a loaded machine it stalled once in a few hundred
     * runs: the download still pending, no further attempt, the test waiting until its timeout. The workflow's part
     * does not depend on the window's length: Temporal gives up when it closes, and the job fails.
     */
    @Test
    void aSourceThatKeepsFailingFailsTheJobWhenTheRetryWindowCloses() {
        fakes.onDownload = () -> {
            throw new IllegalStateException("HTTP 503 from https://example.com/ocds.json");
        };
        ActivityOptions shortWindow = TaskOptions.DOWNLOAD.toBuilder()
                .setScheduleToCloseTimeout(Duration.ofSeconds(2))
                .setRetryOptions(TaskOptions.DOWNLOAD.getRetryOptions().toBuilder()
                        .setInitialInterval(Duration.ofMillis(100))
                        .setMaximumInterval(Duration.ofMillis(400))
                        .build())
                .build();

        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(
                TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build())) {
            Worker worker = env.newWorker(TaskQueues.JOBS);
            worker.registerWorkflowImplementationTypes(
                    WorkflowImplementationOptions.newBuilder()
                            .setActivityOptions(Map.of("HttpCollectDownload", shortWindow))
                            .build(),
                    JobWorkflowImpl.class);
            JobWorkflow job = env.getWorkflowClient()
                    .newWorkflowStub(
                            JobWorkflow.class,
                            WorkflowOptions.newBuilder()
                                    .setTaskQueue(TaskQueues.JOBS)
                                    .build());

            JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

            assertThat(outcome.result()).isEqualTo(JobOutcome.Result.FAILED);
            assertThat(outcome.note()).isEqualTo("Gave up retrying: HTTP 503 from https://example.com/ocds.json");
            assertThat(fakes.calls)
                    .contains("end collect FAILED: " + outcome.note())
                    .doesNotContain("start process")
                    .filteredOn("download"::equals)
                    .hasSizeGreaterThan(2);
        }
    }

    @Test
    void aPermanentFailureFailsTheTaskAndTheJobAtOnceAndLaterTasksStayPlanned(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.onProcess = () -> {
            throw ApplicationFailure.newNonRetryableFailure(
                    "0002.json line 3, column 7: not a release", FailureTypes.INVALID_DATA);
        };

        JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

        assertThat(outcome).isEqualTo(JobOutcome.failed(TaskType.PROCESS, "0002.json line 3, column 7: not a release"));
        assertThat(fakes.calls)
                .containsSubsequence(
                        "process",
                        "end process FAILED: " + outcome.note(),
                        "wipe download",
                        "wipe process",
                        "wipe pull",
                        "wiped")
                .filteredOn(call -> call.equals("process"))
                .hasSize(1);
        assertThat(fakes.calls).doesNotContain("start pull", "succeed");
    }

    @Test
    void aTaskThatFinishesWithAFailureReasonFailsTheJob(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.onProcess = () -> new ProcessResult(0, 0, 0, FakeActivities.metadata(), null, "Collection is empty");

        JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

        assertThat(outcome).isEqualTo(JobOutcome.failed(TaskType.PROCESS, "Collection is empty"));
        assertThat(fakes.calls)
                .contains("end process FAILED: Collection is empty")
                .doesNotContain("start pull");
    }

    @Test
    void aKingfisherJobCrawlsThenWaitsForKingfisherProcessAndPullsItsCompiledCollection(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.plan = FakeActivities.plan(Backend.KINGFISHER, false);

        run(env, worker, job, TaskType.COLLECT);

        assertThat(callsWithoutFlattening())
                .containsExactly(
                        "begin collect",
                        "start collect",
                        "schedule crawl",
                        "context [job_id, scrapy_log, spider]",
                        "await crawl",
                        "end collect OK",
                        "start process",
                        "await collection 456",
                        "metadata",
                        "end process OK",
                        "start pull",
                        "pull from collection 457",
                        "coverage",
                        "end pull OK",
                        "start exporter",
                        "export",
                        "end exporter OK",
                        "start flattener",
                        "end flattener OK",
                        "succeed",
                        "wipe crawl",
                        "wipe collection 456",
                        "wipe pull",
                        "wiped");
    }

    @Test
    void aCrawlWithTooManyErrorsFailsTheCollectTask(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.plan = FakeActivities.plan(Backend.KINGFISHER, false);
        fakes.onAwaitCrawl = () -> new CrawlResult(
                FakeActivities.JOB, "456", "2024-01-15 10:00:00", 0.2, "The crawl had a 0.2 error rate", 0);

        JobOutcome outcome = run(env, worker, job, TaskType.COLLECT);

        assertThat(outcome).isEqualTo(JobOutcome.failed(TaskType.COLLECT, "The crawl had a 0.2 error rate"));
        assertThat(fakes.calls).contains("wipe crawl", "wipe collection 456", "wiped");
    }

    @Test
    void aCrawlStillRunningIsPolledAgainUntilItFinishes(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.plan = FakeActivities.plan(Backend.KINGFISHER, false);
        AtomicInteger polls = new AtomicInteger();
        CrawlResult finished = fakes.onAwaitCrawl.get();
        fakes.onAwaitCrawl = () -> {
            if (polls.incrementAndGet() < 4) {
                throw ApplicationFailure.newFailure("Crawl running", FailureTypes.STILL_RUNNING);
            }
            return finished;
        };

        assertThat(run(env, worker, job, TaskType.COLLECT)).isEqualTo(JobOutcome.succeeded());
        assertThat(polls).hasValue(4);
    }

    @Test
    void cancellingDuringACrawlCancelsItWipesTemporaryDataAndCancelsTheTasks(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) throws Exception {
        fakes.plan = FakeActivities.plan(Backend.KINGFISHER, false);
        fakes.onAwaitCrawl = () -> {
            throw ApplicationFailure.newFailure("Crawl running", FailureTypes.STILL_RUNNING);
        };
        register(env, worker);
        env.start();

        WorkflowClient.start(job::run, new JobStart(FakeActivities.JOB, TaskType.COLLECT));
        assertThat(fakes.crawlPolled.await(10, TimeUnit.SECONDS)).isTrue();
        WorkflowStub stub = WorkflowStub.fromTyped(job);
        stub.cancel();

        assertThatThrownBy(() -> stub.getResult(JobOutcome.class))
                .isInstanceOf(WorkflowFailedException.class)
                .hasCauseInstanceOf(CanceledFailure.class);
        assertThat(fakes.calls)
                .containsSubsequence("await crawl", "cancel crawl", "cancelled", "wipe crawl", "wipe pull", "wiped")
                .doesNotContain("end collect OK", "start process");
    }

    @Test
    void aJobCancelledWhileItBeginsIsCancelledWithNothingToWipe(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) throws Exception {
        CountDownLatch beginning = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        fakes.onBegin = () -> {
            beginning.countDown();
            awaitQuietly(cancelled);
        };
        register(env, worker);
        env.start();

        WorkflowClient.start(job::run, new JobStart(FakeActivities.JOB, TaskType.COLLECT));
        assertThat(beginning.await(10, TimeUnit.SECONDS)).isTrue();
        WorkflowStub stub = WorkflowStub.fromTyped(job);
        stub.cancel();

        assertThatThrownBy(() -> stub.getResult(JobOutcome.class))
                .isInstanceOf(WorkflowFailedException.class)
                .hasCauseInstanceOf(CanceledFailure.class);
        cancelled.countDown();
        assertThat(fakes.calls)
                .containsSubsequence("begin collect", "cancelled")
                .doesNotContain("start collect", "download", "wiped");
    }

    @Test
    void aCancelledDownloadIsAwaitedUntilItHasCleanedUpBeforeTheTemporaryDataIsWiped(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) throws Exception {
        CountDownLatch downloading = new CountDownLatch(1);
        fakes.onDownload = () -> {
            downloading.countDown();
            heartbeatUntilStopped("download cleaned up");
            return null;
        };
        register(env, worker);
        env.start();

        WorkflowClient.start(job::run, new JobStart(FakeActivities.JOB, TaskType.COLLECT));
        assertThat(downloading.await(10, TimeUnit.SECONDS)).isTrue();
        WorkflowStub stub = WorkflowStub.fromTyped(job);
        stub.cancel();

        assertThatThrownBy(() -> stub.getResult(JobOutcome.class))
                .isInstanceOf(WorkflowFailedException.class)
                .hasCauseInstanceOf(CanceledFailure.class);
        assertThat(fakes.calls)
                .containsSubsequence("download", "download cleaned up", "cancelled", "wipe download", "wiped");
    }

    @Test
    void aFileThatFailsToFlattenStopsTheOtherFilesBeforeTheTaskFails(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.onFlatten = request -> {
            if (request.fileName().equals("2020.jsonl.gz")) {
                throw ApplicationFailure.newNonRetryableFailure("2020.jsonl.gz is gone", FailureTypes.INPUT_MISSING);
            }
            heartbeatUntilStopped("full.jsonl.gz stopped");
            return null;
        };

        JobOutcome outcome = run(env, worker, job, TaskType.EXPORTER);

        assertThat(outcome).isEqualTo(JobOutcome.failed(TaskType.FLATTENER, "2020.jsonl.gz is gone"));
        assertThat(fakes.calls).containsSubsequence("full.jsonl.gz stopped", "end flattener FAILED: " + outcome.note());
    }

    /** A long activity's work: heartbeats until Temporal stops it, then cleans up (noted as {@code cleanedUp}). */
    private void heartbeatUntilStopped(String cleanedUp) {
        try {
            while (true) {
                Activity.getExecutionContext().heartbeat(null);
                Thread.sleep(100);
            }
        } catch (ActivityCompletionException stopped) {
            sleep(300);
            fakes.calls.add(cleanedUp);
            throw stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRestartFromTheExporterRunsOnlyTheExporterAndTheFlattener(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        JobOutcome outcome = run(env, worker, job, TaskType.EXPORTER);

        assertThat(outcome).isEqualTo(JobOutcome.succeeded());
        assertThat(callsWithoutFlattening())
                .containsExactly(
                        "begin exporter",
                        "start exporter",
                        "export",
                        "end exporter OK",
                        "start flattener",
                        "end flattener OK",
                        "succeed",
                        "wipe download",
                        "wipe process",
                        "wipe pull",
                        "wiped");
    }

    @Test
    void aRestartFromTheFlattenerFlattensTheFilesTheEarlierExportWrote(
            TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        JobPlan plan = fakes.plan;
        fakes.plan = new JobPlan(
                plan.jobId(),
                plan.publicationId(),
                plan.backend(),
                plan.sourceId(),
                plan.sourceUrl(),
                plan.keepAllData(),
                plan.kingfisher(),
                List.of("full.jsonl.gz"));

        run(env, worker, job, TaskType.FLATTENER);

        assertThat(fakes.calls).contains("flatten full.jsonl.gz").doesNotContain("export", "flatten 2020.jsonl.gz");
    }

    @Test
    void aJobThatPreservesItsTemporaryDataIsNotWiped(TestWorkflowEnvironment env, Worker worker, JobWorkflow job) {
        fakes.plan = FakeActivities.plan(Backend.BUILT_IN, true);

        run(env, worker, job, TaskType.COLLECT);

        assertThat(fakes.calls)
                .contains("succeed")
                .noneMatch(call -> call.startsWith("wipe"))
                .doesNotContain("wiped");
    }

    private JobOutcome run(TestWorkflowEnvironment env, Worker worker, JobWorkflow job, TaskType firstTask) {
        register(env, worker);
        env.start();
        return job.run(new JobStart(FakeActivities.JOB, firstTask));
    }

    /** The fakes, on the workflow's queue and on its bulk queue, as the app's two workers have them. */
    private void register(TestWorkflowEnvironment env, Worker worker) {
        worker.registerActivitiesImplementations(fakes.all());
        env.newWorker(TaskQueues.bulkOf(worker.getTaskQueue())).registerActivitiesImplementations(fakes.all());
    }

    private List<String> callsWithoutFlattening() {
        return fakes.calls.stream().filter(call -> !call.startsWith("flatten ")).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
