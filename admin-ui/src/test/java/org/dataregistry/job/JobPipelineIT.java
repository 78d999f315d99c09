package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.dataregistry.AppTest;
import org.dataregistry.publication.Collector;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.schedule.UnwipedJobs;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Whole jobs on the real pipeline: built-in download from the app's own demo source, processing, pull, export and
 * flattening, as an operator's "run now" and "restart" start them.
 */
@AppTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(300)
class JobPipelineIT {

    @LocalServerPort
    int port;

    @Autowired
    JobControl control;

    @Autowired
    PublicationRepository publications;

    @Autowired
    JobFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobSearch search;

    @Autowired
    UnwipedJobs unwiped;

    @Autowired
    WorkflowClient temporal;

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void aJobRunsEndToEndAndPublishesItsDownloads() throws Exception {
        long publication = demoPublication();

        long job = control.runNow(publication);
        JobWatch.of(jdbc).awaitCompleted(job, Duration.ofMinutes(3));

        assertThat(JobWatch.of(jdbc).taskResults(job))
                .containsExactly(
                        Map.entry("collect", "OK"),
                        Map.entry("process", "OK"),
                        Map.entry("pull", "OK"),
                        Map.entry("exporter", "OK"),
                        Map.entry("flattener", "OK"));
        Path exports = files.exportDir(job);
        assertThat(exports.resolve("full.jsonl.gz")).isRegularFile();
        assertThat(exports.resolve("full.csv.tar.gz")).isRegularFile();
        assertThat(exports.resolve("full.xlsx")).isRegularFile();
        assertThat(jdbc.sql("SELECT active_job_id FROM publication WHERE id = :p")
                        .param("p", publication)
                        .query(Long.class)
                        .single())
                .isEqualTo(job);
        assertThat(jdbc.sql("SELECT archived FROM job WHERE id = :job")
                        .param("job", job)
                        .query(Boolean.class)
                        .single())
                .as("temporary data deleted")
                .isTrue();
        assertThat(files.temporaryDir(job)).doesNotExist();
        assertThat(jdbc.sql("SELECT (coverage ->> '/ocid')::int FROM job WHERE id = :job")
                        .param("job", job)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void restartingTheExporterOfACompletedJobWhoseTemporaryDataIsDeletedPublishesTheSameFiles() throws Exception {
        long job = control.runNow(demoPublication());
        awaitRun(job); // the job completes, then its temporary data is wiped
        assertThat(control.restartRefusal(job, TaskType.PULL))
                .as("pull needs the temporary data")
                .isPresent();
        Map<String, String> published = jsonLines(files.exportDir(job));
        List<String> names = exportNames(files.exportDir(job));
        String jobRow = jobRow(job);
        List<Map<String, Object>> earlierTasks = earlierTasks(job);

        assertThat(control.restartRefusal(job, TaskType.EXPORTER)).isEmpty();
        control.restart(job, TaskType.EXPORTER);
        awaitRun(job);

        assertThat(JobWatch.of(jdbc).taskResults(job).values()).containsExactly("OK", "OK", "OK", "OK", "OK");
        assertThat(jsonLines(files.exportDir(job)))
                .as("the JSON Lines exports, byte for byte")
                .isEqualTo(published)
                .containsKey("full.jsonl.gz");
        assertThat(exportNames(files.exportDir(job)))
                .as("with their CSV and Excel files")
                .isEqualTo(names);
        assertThat(jobRow(job))
                .as("counts, coverage, metadata, context and flags")
                .isEqualTo(jobRow);
        assertThat(earlierTasks(job)).isEqualTo(earlierTasks);
        assertThat(files.temporaryDir(job)).doesNotExist();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void aPreservedJobRestartedFromCollectHasItsTemporaryDataUntilTheWipeSweepDeletesIt() throws Exception {
        long job = control.runNow(demoPublication());
        awaitRun(job); // the job completes, then its temporary data is wiped
        assertThat(temporaryDataDeleted(job)).isTrue();

        control.setKeepAllData(job, true);
        control.restart(job, TaskType.COLLECT);
        awaitRun(job);

        assertThat(files.collectDir(job)).isNotEmptyDirectory();
        assertThat(temporaryDataDeleted(job)).isFalse();
        assertThat(listedAsTemporaryDataDeleted(false)).containsExactly(job);
        assertThat(control.restartRefusal(job, TaskType.PROCESS)).isEmpty();
        assertThat(unwiped.find()).as("preserved").isEmpty();

        control.setKeepAllData(job, false);
        jdbc.sql("UPDATE job SET \"end\" = \"end\" - interval '2 hours' WHERE id = :job")
                .param("job", job)
                .update();
        List<JobPlan> sweep = unwiped.find();
        assertThat(sweep).extracting(JobPlan::jobId).containsExactly(job);
        wipe(sweep.getFirst());

        assertThat(files.temporaryDir(job)).doesNotExist();
        assertThat(temporaryDataDeleted(job)).isTrue();
        assertThat(listedAsTemporaryDataDeleted(true)).containsExactly(job);
        assertThat(control.restartRefusal(job, TaskType.PROCESS))
                .get(InstanceOfAssertFactories.STRING)
                .contains("(the job's temporary data was deleted)");
        assertThat(control.restartRefusal(job, TaskType.EXPORTER)).isEmpty();
    }

    /** Waits for the run a restart started: the latest run of the job's workflow. */
    /** Waits for the end of the job's workflow run, which wipes the temporary data after completing the job. */
    private void awaitRun(long job) throws Exception {
        temporal.newUntypedWorkflowStub(JobWorkflowIds.of(job)).getResult(3, TimeUnit.MINUTES, JobOutcome.class);
    }

    /** Runs the workflow the scheduler's wipe sweep starts for the job, to its end. */
    private void wipe(JobPlan plan) {
        temporal.newWorkflowStub(
                        JobWipeWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setTaskQueue(TaskQueues.JOBS)
                                .setWorkflowId(JobWorkflowIds.wipeOf(plan.jobId()))
                                .build())
                .wipe(plan);
    }

    private boolean temporaryDataDeleted(long job) {
        return jdbc.sql("SELECT archived FROM job WHERE id = :job")
                .param("job", job)
                .query(Boolean.class)
                .single();
    }

    private List<Long> listedAsTemporaryDataDeleted(boolean deleted) {
        JobFilter filter = new JobFilter();
        filter.setWiped(deleted);
        return search.find(filter, 0, 100).stream().map(row -> row.job().id()).toList();
    }

    /** Everything stored on the job but when it ended and was modified. */
    private String jobRow(long job) {
        return jdbc.sql("SELECT (to_jsonb(j) - 'end' - 'modified')::text FROM job j WHERE id = :job")
                .param("job", job)
                .query(String.class)
                .single();
    }

    private List<Map<String, Object>> earlierTasks(long job) {
        return jdbc.sql("SELECT * FROM task WHERE job_id = :job AND position < :exporter ORDER BY position")
                .param("job", job)
                .param("exporter", TaskType.EXPORTER.position())
                .query()
                .listOfRows();
    }

    /** Each exported JSON Lines file with its bytes in hex. */
    private static Map<String, String> jsonLines(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String name : exportNames(directory)) {
            if (name.endsWith(".jsonl.gz")) {
                contents.put(name, HexFormat.of().formatHex(Files.readAllBytes(directory.resolve(name))));
            }
        }
        return contents;
    }

    private long demoPublication() {
        Publication publication = new Publication();
        publication.setTitle("Demo pages");
        publication.setSourceId("demo_pages");
        publication.setCollector(Collector.HTTP);
        publication.setSourceUrl("http://localhost:" + port + "/demo/ocds/01.json");
        publication.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
        return publications.save(publication).getId();
    }

    static List<String> exportNames(Path directory) throws IOException {
        try (var names = Files.list(directory)) {
            return names.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
