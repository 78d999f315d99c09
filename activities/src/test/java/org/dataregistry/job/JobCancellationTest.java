package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.collect.CollectActivitiesImpl;
import org.dataregistry.export.ExporterActivitiesImpl;
import org.dataregistry.flatten.FlattenerActivitiesImpl;
import org.dataregistry.process.ProcessActivitiesImpl;
import org.dataregistry.process.TestJobRows;
import org.dataregistry.pull.PullActivitiesImpl;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job cancelled while a long task runs, on an in-process Temporal with the real activities and database: the task
 * stops within five seconds, is recorded CANCELLED with its attempt, and leaves no temporary files behind.
 */
@SpringBootTest
@Timeout(120)
class JobCancellationTest {

    /** What an operator may wait for, from Cancel to the task shown CANCELLED. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    @Autowired
    TaskAttempts attempts;

    @Autowired
    JobBookkeepingActivitiesImpl bookkeeping;

    @Autowired
    CollectActivitiesImpl download;

    @Autowired
    ProcessActivitiesImpl process;

    @Autowired
    PullActivitiesImpl pull;

    @Autowired
    ExporterActivitiesImpl exporter;

    @Autowired
    FlattenerActivitiesImpl flattener;

    TestJobRows jobs;
    JobRuns temporal;
    long job;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        job = jobs.job();
        useSource("http://127.0.0.1:9/ocds.json");
        temporal = new JobRuns(false, attempts, bookkeeping, download, process, pull, exporter, flattener);
    }

    @AfterEach
    void tearDown() {
        temporal.close();
        JobFiles.deleteRecursively(files.temporaryDir(job));
        JobFiles.deleteRecursively(files.exportDir(job));
        jobs.deleteAll();
    }

    @Test
    void cancellingDuringASlowDownloadClosesTheConnectionAndCancelsTheTaskWithinSeconds() throws Exception {
        CountDownLatch streaming = new CountDownLatch(3);
        CountDownLatch hungUp = new CountDownLatch(1);
        HttpServer source = tricklingSource(streaming, hungUp);
        try {
            useSource("http://127.0.0.1:" + source.getAddress().getPort() + "/ocds.json");
            WorkflowStub workflow = temporal.start(job, TaskType.COLLECT);
            assertThat(streaming.await(30, TimeUnit.SECONDS))
                    .as("the source sends its first bytes")
                    .isTrue();

            long cancelled = System.nanoTime();
            workflow.cancel();

            assertThat(hungUp.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                    .as("connection closed")
                    .isTrue();
            assertCancelledWithin(TaskType.COLLECT, cancelled);
            assertEndsCancelled(workflow);
            assertThat(files.temporaryDir(job)).doesNotExist();
        } finally {
            source.stop(0);
        }
    }

    @Test
    void cancellingDuringALongProcessStopsItAndCancelsTheTaskWithinSeconds() throws Exception {
        writeReleases(Files.createDirectories(files.collectDir(job)).resolve("0001.json"), 400_000, false);
        WorkflowStub workflow = temporal.start(job, TaskType.PROCESS);
        awaitProgress(progress -> progress.unit().equals("releases read"));

        long cancelled = System.nanoTime();
        workflow.cancel();

        assertCancelledWithin(TaskType.PROCESS, cancelled);
        assertEndsCancelled(workflow);
        assertThat(files.temporaryDir(job))
                .as("collected files, sort runs and compiled file wiped")
                .doesNotExist();
    }

    @Test
    void cancellingDuringALongFlattenStopsItAndCancelsTheTaskWithinSeconds() throws Exception {
        Path export = Files.createDirectories(files.exportDir(job)).resolve("full.jsonl.gz");
        writeReleases(export, 500_000, true);
        jdbc.sql("UPDATE job SET context = '{\"exported_files\": [\"full.jsonl.gz\"]}' WHERE id = :job")
                .param("job", job)
                .update();
        WorkflowStub workflow = temporal.start(job, TaskType.FLATTENER);
        awaitProgress(progress -> progress.unit().equals("compiled releases flattened"));

        long cancelled = System.nanoTime();
        workflow.cancel();

        assertCancelledWithin(TaskType.FLATTENER, cancelled);
        assertEndsCancelled(workflow);
        try (Stream<Path> exported = Files.list(files.exportDir(job))) {
            assertThat(exported.map(file -> file.getFileName().toString()))
                    .as("no flattened file nor temporary file")
                    .containsExactly("full.jsonl.gz");
        }
    }

    /** The job's publication is collected by the built-in download, from {@code url}. */
    private void useSource(String url) {
        jdbc.sql("UPDATE publication SET collector = 'HTTP', source_url = :url "
                        + "WHERE id = (SELECT publication_id FROM job WHERE id = :job)")
                .param("url", url)
                .param("job", job)
                .update();
    }

    private void assertCancelledWithin(TaskType task, long cancelledNanos) throws InterruptedException {
        while (!"CANCELLED".equals(column(task, "result"))
                && System.nanoTime() - cancelledNanos < 2 * PROMPTLY.toNanos()) {
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - cancelledNanos);
        assertThat(column(task, "result")).isEqualTo("CANCELLED");
        assertThat(took).as("from Cancel to CANCELLED").isLessThan(PROMPTLY);
        assertThat(column(task, "attempts")).isEqualTo("1");
        assertThat(column(task, "last_error")).isEmpty();
    }

    private static void assertEndsCancelled(WorkflowStub workflow) {
        assertThatThrownBy(() -> workflow.getResult(JobOutcome.class))
                .isInstanceOf(WorkflowFailedException.class)
                .hasCauseInstanceOf(CanceledFailure.class);
    }

    private void awaitProgress(Predicate<TaskProgress> reached) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<TaskProgress> progress = temporal.progress(job);
            if (progress.stream().anyMatch(reached)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such progress heartbeat: " + temporal.progress(job));
    }

    private String column(TaskType task, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM task WHERE job_id = :job AND type = :type")
                .param("job", job)
                .param("type", task.value())
                .query(String.class)
                .single();
    }

    /** Releases of distinct OCIDs, one a line (JSON Lines), gzipped or not. */
    private static void writeReleases(Path file, int count, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file);
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                writer.write("{\"ocid\": \"ocds-213czf-" + i + "\", \"id\": \"" + i + "-tender\", \"date\": "
                        + "\"2020-01-01T00:00:00Z\", \"tag\": [\"tender\"], \"tender\": {\"id\": \"" + i
                        + "\", \"items\": [{\"id\": \"1\", \"quantity\": 2}, {\"id\": \"2\", \"quantity\": 3}]}}\n");
            }
        }
    }

    /**
     * A source on 127.0.0.1 that sends the start of a JSON array and then a byte a second for as long as the
     * client listens, counting {@code streaming} down per byte and {@code hungUp} once the client has gone.
     */
    private static HttpServer tricklingSource(CountDownLatch streaming, CountDownLatch hungUp) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(
                Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory()));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try {
                OutputStream out = exchange.getResponseBody();
                out.write('[');
                out.flush();
                while (true) {
                    streaming.countDown();
                    Thread.sleep(1000);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException e) {
                hungUp.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
