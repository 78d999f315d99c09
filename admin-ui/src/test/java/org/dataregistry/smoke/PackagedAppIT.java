package org.dataregistry.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app as an administrator first starts it, with nothing but its defaults: the demo publication's first
 * job runs offline, the publication appears on the public home page, and its file downloads from its page, the
 * same bytes as the export on disk; killed with SIGKILL, it starts again at the first attempt. Runs the jar that {@code package} built, in a process of its own, so a
 * dependency missing from the jar (but present on the test class path) fails here.
 */
@Timeout(360)
class PackagedAppIT {

    private static final Path JAR = Path.of("target", "data-registry.jar");
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    private Process app;
    private Path log;
    private URI base;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void startTheJar() throws IOException {
        assertThat(JAR)
                .as("the app jar, built by package before the integration tests")
                .exists();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = URI.create("http://localhost:" + port);
        start("app.log");
    }

    private void start(String logName) throws IOException {
        log = dataDir.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(base.getPort()));
        builder.environment().put("DATA_REGISTRY_DATA_DIR", dataDir.toString());
        builder.environment().put("DATA_REGISTRY_ADMIN_PASSWORD", "correct-horse-battery-staple");
        app = builder.start();
    }

    @AfterEach
    void stopTheJar() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void theDemoPublicationIsOnTheHomePageAndItsFilesDownload() throws Exception {
        Document home = awaitPage("/", page -> !page.select(".latest__list a").isEmpty());
        assertThat(home.select(".latest__list a").first().text()).isEqualTo("Demo: Sample OCDS data");

        Document publication = page(home.select(".latest__list a").first().attr("href"));
        String full = publication
                .select(".access__column")
                .first()
                .select("a")
                .first()
                .attr("href");
        assertThat(full).endsWith("/download?name=full.jsonl.gz");

        HttpResponse<byte[]> download =
                http.send(HttpRequest.newBuilder(base.resolve(full)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"demo_full.jsonl.gz\"");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(dataDir.resolve("exports/1/full.jsonl.gz")));
    }

    /**
     * {@code kill -9} leaves the embedded PostgreSQL running on the data directory; the next start stops it and
     * starts at the first attempt, with the database flushing every commit to disk.
     */
    @Test
    void aKilledAppStartsAgainAtTheFirstAttempt() throws Exception {
        awaitHealthy();
        Path postgres = dataDir.resolve("postgres");
        assertThat(databaseSetting(postgres, "fsync")).isEqualTo("on");
        assertThat(databaseSetting(postgres, "synchronous_commit")).isEqualTo("on");
        long postmaster = Long.parseLong(Files.readAllLines(postgres.resolve("postmaster.pid"))
                .getFirst()
                .strip());

        app.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the killed app's PostgreSQL outlives it")
                .isPresent();

        long restarted = System.nanoTime();
        start("restarted.log");
        awaitHealthy();
        System.out.printf(
                "Healthy %d s after the start that followed kill -9%n",
                Duration.ofNanos(System.nanoTime() - restarted).toSeconds());
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the old server was stopped")
                .isEmpty();
        assertThat(Files.readString(log)).contains("left by an earlier run still serves");
        assertThat(page("/").title()).isNotBlank();
    }

    /** A setting of the app's database, asked with the password the app keeps beside its data. */
    private static String databaseSetting(Path postgres, String name) throws Exception {
        List<String> pid = Files.readAllLines(postgres.resolve("postmaster.pid"));
        String password =
                Files.readString(postgres.resolve("data-registry.password")).strip();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/data_registry", "postgres", password);
                ResultSet rows = connection.createStatement().executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Waits for /actuator/health to say UP, asked every second while the app starts. */
    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the app is running (its log: %s)", tail())
                    .isTrue();
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The app was not healthy within " + PATIENCE + "; its log: " + tail());
    }

    private Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The page once it passes {@code ready}, asked again every second while the app starts and the demo runs. */
    private Document awaitPage(String path, java.util.function.Predicate<Document> ready) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the app is running (its log: %s)", tail())
                    .isTrue();
            try {
                Document page = page(path);
                if (ready.test(page)) {
                    return page;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "The demo publication did not appear within " + PATIENCE + "; the app's log: " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
