package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataregistry.export.ExportResult;
import org.dataregistry.export.ExportedFile;
import org.dataregistry.export.ExporterActivities;
import org.dataregistry.flatten.FlattenRequest;
import org.dataregistry.flatten.FlattenResult;
import org.dataregistry.flatten.FlattenerActivities;
import org.dataregistry.process.KingfisherProcessActivities;
import org.dataregistry.process.KingfisherProcessRequest;
import org.dataregistry.process.ProcessResult;
import org.dataregistry.process.PublicationMetadata;
import org.dataregistry.process.TestJobRows;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.pull.PullRequest;
import org.dataregistry.pull.PullResult;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Attempts of every task that ran, as the job page shows them: recorded by the worker as each attempt ends, with
 * the real bookkeeping and database and fake task activities (retry back-offs skipped).
 */
@SpringBootTest
@Timeout(60)
class JobAttemptsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskAttempts attempts;

    @Autowired
    JobBookkeepingActivitiesImpl bookkeeping;

    final Fakes fakes = new Fakes();
    TestJobRows jobs;
    long job;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        job = jobs.job();
        // A Kingfisher job (the publication's collector is Scrapyd) whose temporary data stays: no wipe to fake.
        jdbc.sql("UPDATE job SET keep_all_data = true, context = '{\"process_id\": \"456\"}' WHERE id = :job")
                .param("job", job)
                .update();
    }

    @AfterEach
    void tearDown() {
        jobs.deleteAll();
    }

    @Test
    void aTaskThatSucceededAtOnceTookOneAttempt() {
        run(TaskType.EXPORTER);

        assertThat(column(TaskType.EXPORTER, "result")).isEqualTo("OK");
        assertThat(column(TaskType.EXPORTER, "attempts")).isEqualTo("1");
        assertThat(column(TaskType.FLATTENER, "attempts")).isEqualTo("1");
        assertThat(column(TaskType.COLLECT, "attempts")).as("did not run").isEqualTo("0");
    }

    @Test
    void aRetriedTaskTookEveryAttemptAndTheFlattenerTheMostOfItsFiles() {
        fakes.exportFailures = 2;
        fakes.failingFile = "2020.jsonl.gz";

        run(TaskType.EXPORTER);

        assertThat(column(TaskType.EXPORTER, "result")).isEqualTo("OK");
        assertThat(column(TaskType.EXPORTER, "attempts")).isEqualTo("3");
        assertThat(column(TaskType.EXPORTER, "last_error"))
                .as("once it succeeded, the error alone")
                .isEqualTo("disk full");
        assertThat(column(TaskType.FLATTENER, "attempts")).isEqualTo("2");
    }

    @Test
    void whileATaskIsRetriedItsRowSaysWhenItIsTriedAgainAndWhyInWords() {
        fakes.exportFailures = 1;
        fakes.lastError = () -> column(TaskType.EXPORTER, "last_error");

        run(TaskType.EXPORTER);

        assertThat(fakes.lastErrorsSeen).hasSize(2);
        assertThat(fakes.lastErrorsSeen.getFirst()).isEmpty();
        assertThat(fakes.lastErrorsSeen.get(1))
                .matches("retrying: attempt 1, next attempt at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC, "
                        + "giving up at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; last error: disk full");
        assertThat(column(TaskType.EXPORTER, "last_error")).isEqualTo("disk full");
    }

    @Test
    void aFailedTaskTookTheAttemptsMadeUntilItsPermanentFailure() {
        fakes.exportFailures = 1;
        fakes.exportRefused = true;

        run(TaskType.EXPORTER);

        assertThat(column(TaskType.EXPORTER, "result")).isEqualTo("FAILED");
        assertThat(column(TaskType.EXPORTER, "attempts")).isEqualTo("2");
        assertThat(column(TaskType.FLATTENER, "attempts")).as("did not run").isEqualTo("0");
    }

    @Test
    void pollingKingfisherProcessIsWaitingNotAttempts() {
        fakes.stillRunningPolls = 3;

        run(TaskType.PROCESS);

        assertThat(fakes.polls).hasValue(4);
        assertThat(column(TaskType.PROCESS, "result")).isEqualTo("OK");
        assertThat(column(TaskType.PROCESS, "attempts")).isEqualTo("1");
        assertThat(column(TaskType.PULL, "attempts")).isEqualTo("1");
    }

    private void run(TaskType firstTask) {
        try (JobRuns temporal = new JobRuns(
                true,
                attempts,
                bookkeeping,
                fakes.kingfisherProcess(),
                fakes.pull(),
                fakes.exporter(),
                fakes.flattener())) {
            temporal.start(job, firstTask).getResult(JobOutcome.class);
        }
    }

    private String column(TaskType task, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM task WHERE job_id = :job AND type = :type")
                .param("job", job)
                .param("type", task.value())
                .query(String.class)
                .single();
    }

    /** Task activities that fail as a test says, then succeed. */
    static final class Fakes {

        int exportFailures;
        boolean exportRefused;
        /** What each export attempt finds in its task's last error, when set. */
        java.util.function.Supplier<String> lastError;

        final List<String> lastErrorsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        String failingFile;
        int stillRunningPolls;
        final AtomicInteger polls = new AtomicInteger();
        private final AtomicInteger exports = new AtomicInteger();
        private final AtomicInteger flattenFailures = new AtomicInteger();

        KingfisherProcessActivities kingfisherProcess() {
            return new KingfisherProcessActivities() {
                @Override
                public ProcessResult awaitCollection(KingfisherProcessRequest request) {
                    if (polls.incrementAndGet() <= stillRunningPolls) {
                        throw ApplicationFailure.newFailure(
                                "Collection 456 is still processing", FailureTypes.STILL_RUNNING);
                    }
                    return new ProcessResult(2, 2, 0, new PublicationMetadata(null, null, "", "", ""), 457L, null);
                }

                @Override
                public void wipe(KingfisherProcessRequest request) {}
            };
        }

        PullActivities pull() {
            return new PullActivities() {
                @Override
                public PullResult pull(PullRequest request) {
                    return new PullResult(
                            2, 2, Map.of(), new JobCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), null, null);
                }

                @Override
                public void wipe(long jobId) {}
            };
        }

        ExporterActivities exporter() {
            return new ExporterActivities() {
                @Override
                public ExportResult export(long jobId) {
                    if (lastError != null) {
                        lastErrorsSeen.add(lastError.get());
                    }
                    if (exports.incrementAndGet() <= exportFailures) {
                        throw new IllegalStateException("disk full");
                    }
                    if (exportRefused) {
                        throw ApplicationFailure.newNonRetryableFailure(
                                "The pulled compiled releases are gone", FailureTypes.INPUT_MISSING);
                    }
                    return new ExportResult(List.of(
                            new ExportedFile("full.jsonl.gz", 2, 100), new ExportedFile("2020.jsonl.gz", 2, 100)));
                }

                @Override
                public void wipe(long jobId) {}
            };
        }

        FlattenerActivities flattener() {
            return request -> {
                if (request.fileName().equals(failingFile) && flattenFailures.incrementAndGet() == 1) {
                    throw new IllegalStateException("no space left");
                }
                return new FlattenResult(csvOf(request), null, "not requested");
            };
        }

        private static String csvOf(FlattenRequest request) {
            return request.fileName().replace(".jsonl.gz", ".csv.tar.gz");
        }
    }
}
