package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.dataregistry.DataRegistryApplication;
import org.dataregistry.publication.Collector;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app dies while a job's activity runs — its worker, the in-process Temporal server (which keeps everything in
 * memory) and the embedded PostgreSQL with it — and starts again on the same data directory. The job resumes from
 * its first incomplete task and completes with the same exports as a job that was never interrupted, and nothing
 * twice.
 */
@Timeout(600)
class JobRecoveryIT {

    private static final int PAGES = 8;
    private static final int SLOW_PAGE = 5;

    @TempDir
    Path dataDir;

    private final JsonMapper json = JsonMapper.builder().build();
    private final CountDownLatch slowPageRequested = new CountDownLatch(1);
    private volatile boolean slow = true;
    private HttpServer source;

    @BeforeEach
    void startSource() throws IOException {
        source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/ocds/", this::servePage);
        source.start();
    }

    @AfterEach
    void stopSource() {
        source.stop(0);
    }

    @Test
    void aJobInterruptedByACrashResumesAndCompletesWithTheSameExports() throws Exception {
        long interrupted;
        try (ConfigurableApplicationContext app = startApp()) {
            long publication =
                    app.getBean(PublicationRepository.class).save(publication()).getId();
            interrupted = app.getBean(JobStore.class).create(publication);
            app.getBean(JobWorkflows.class).start(interrupted, TaskType.COLLECT);
            assertThat(slowPageRequested.await(2, TimeUnit.MINUTES))
                    .as("the download reached the slow page")
                    .isTrue();
        }
        slow = false;

        Instant restart = Instant.now();
        try (ConfigurableApplicationContext app = startApp()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            JobWatch.of(jdbc).awaitCompleted(interrupted, Duration.ofMinutes(3));
            assertThat(JobWatch.of(jdbc).taskResults(interrupted).values()).containsOnly("OK");
            assertThat(jdbc.sql("SELECT count(*) FROM task WHERE job_id = :job")
                            .param("job", interrupted)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(5);
            assertThat(jdbc.sql("""
                            SELECT note || ', attempts ' || attempts || ', started first ' || (start < :restart)
                            FROM task WHERE job_id = :job AND type = 'collect'
                            """)
                            .param("job", interrupted)
                            .param("restart", java.sql.Timestamp.from(restart))
                            .query(String.class)
                            .single())
                    .as("the interrupted task keeps its first start and counts the interrupted attempt")
                    .isEqualTo("resumed after the app restarted, attempts 2, started first true");

            long publication = jdbc.sql("SELECT publication_id FROM job WHERE id = :job")
                    .param("job", interrupted)
                    .query(Long.class)
                    .single();
            long uninterrupted = app.getBean(JobStore.class).create(publication);
            app.getBean(JobWorkflows.class).start(uninterrupted, TaskType.COLLECT);
            JobWatch.of(jdbc).awaitCompleted(uninterrupted, Duration.ofMinutes(3));

            JobFiles files = app.getBean(JobFiles.class);
            assertThat(JobPipelineIT.exportNames(files.exportDir(interrupted)))
                    .isEqualTo(JobPipelineIT.exportNames(files.exportDir(uninterrupted)));
            List<String> releases = lines(files.exportDir(interrupted).resolve("full.jsonl.gz"));
            assertThat(releases)
                    .hasSize(3)
                    .doesNotHaveDuplicates()
                    .isEqualTo(lines(files.exportDir(uninterrupted).resolve("full.jsonl.gz")));
        }
    }

    private ConfigurableApplicationContext startApp() {
        return new SpringApplicationBuilder(DataRegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--data-registry.database.embedded-data-dir=" + dataDir.resolve("postgres"),
                        "--data-registry.files.root=" + dataDir.resolve("files"),
                        "--data-registry.schedule.enabled=false",
                        "--data-registry.demo.enabled=false");
    }

    private Publication publication() {
        Publication publication = new Publication();
        publication.setTitle("Paged source");
        publication.setSourceId("paged_source");
        publication.setCollector(Collector.HTTP);
        publication.setSourceUrl(pageUrl(1));
        return publication;
    }

    /** The demo pages, chained by links.next; the slow page keeps the download busy while the app is stopped. */
    private void servePage(HttpExchange exchange) throws IOException {
        int page = Integer.parseInt(exchange.getRequestURI().getPath().replaceAll("\\D", ""));
        if (page == SLOW_PAGE && slow) {
            slowPageRequested.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ObjectNode releasePackage;
        try (InputStream in = new ClassPathResource("demo/pages/%02d.json".formatted(page)).getInputStream()) {
            releasePackage = (ObjectNode) json.readTree(in);
        }
        if (page < PAGES) {
            releasePackage.putObject("links").put("next", pageUrl(page + 1));
        }
        byte[] body = json.writeValueAsBytes(releasePackage);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String pageUrl(int page) {
        return "http://127.0.0.1:" + source.getAddress().getPort() + "/ocds/%02d.json".formatted(page);
    }

    private static List<String> lines(Path gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
