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
 * same bytes as the export on disk. Runs the jar that {@code package} built, in a process of its own, so a
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
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void startTheJar() throws IOException {
        assertThat(JAR).as("the app jar, built by package before the integration tests").exists();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = URI.create("http://localhost:" + port);
        log = dataDir.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
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
        String full = publication.select(".access__column").first().select("a").first().attr("href");
        assertThat(full).endsWith("/download?name=full.jsonl.gz");

        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(base.resolve(full)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"demo_full.jsonl.gz\"");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(dataDir.resolve("exports/1/full.jsonl.gz")));
    }

    private Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The page once it passes {@code ready}, asked again every second while the app starts and the demo runs. */
    private Document awaitPage(String path, java.util.function.Predicate<Document> ready) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app is running (its log: %s)", tail()).isTrue();
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
        throw new AssertionError("The demo publication did not appear within " + PATIENCE + "; the app's log: " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
