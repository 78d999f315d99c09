package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataregistry.collect.ActivityRunner.assertPermanent;
import static org.dataregistry.collect.ActivityRunner.failureOf;
import static org.dataregistry.collect.StubServer.delayed;
import static org.dataregistry.collect.StubServer.json;
import static org.dataregistry.collect.StubServer.ok;
import static org.dataregistry.collect.StubServer.redirect;
import static org.dataregistry.collect.StubServer.reply;
import static org.dataregistry.collect.StubServer.status;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dataregistry.job.FilesProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.process.SourceLimits;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The built-in collector against a source served on 127.0.0.1, run as Temporal runs it. */
class CollectActivitiesImplTest {

    private static final long JOB = 7;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PLANNING = CollectFixtures.bytes("sample-data/ocds-213czf-000-00001-01-planning.json");
    private static final byte[] TENDER = CollectFixtures.bytes("sample-data/ocds-213czf-000-00001-02-tender.json");
    private static final byte[] AWARD = CollectFixtures.bytes("sample-data/ocds-213czf-000-00001-04-award.json");

    @TempDir
    Path root;

    private final StubServer source = StubServer.start();
    private final ActivityRunner temporal = new ActivityRunner();

    @AfterEach
    void stop() {
        temporal.close();
        source.close();
    }

    @Test
    void storesASinglePackageAsReceived() throws IOException {
        source.on("/package.json", ok(PLANNING));

        DownloadResult result = activities().download(request("/package.json"));

        assertThat(result)
                .isEqualTo(new DownloadResult(
                        JOB, 1, List.of("0001.json"), PLANNING.length, url("/package.json"), url("/package.json")));
        assertThat(collectDir().resolve("0001.json")).hasBinaryContent(PLANNING);
        assertThat(source.requests().getFirst().userAgent()).isEqualTo("DataRegistryTest/1.0");
    }

    @Test
    void followsLinksNextThroughEveryPage() throws IOException {
        source.on("/releases", ok(withNext(PLANNING, url("/releases/2"))))
                .on("/releases/2", ok(withNext(TENDER, "3?after=tender")))
                .on("/releases/3", ok(AWARD));

        DownloadResult result = activities().download(request("/releases"));

        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.files()).containsExactly("0001.json", "0002.json", "0003.json");
        assertThat(result.lastPageUrl()).isEqualTo(url("/releases/3?after=tender"));
        assertThat(collectDir().resolve("0003.json")).hasBinaryContent(AWARD);
        assertThat(source.requests("/releases/3").getFirst().query()).isEqualTo("after=tender");
    }

    @Test
    void storesGzipAndZipArchivesAsTheyCame() throws IOException {
        byte[] gzip = gzip(PLANNING);
        byte[] zip = zip("releases.json", PLANNING);
        source.on("/data.json.gz", ok(gzip)).on("/data.zip", ok(zip));

        CollectActivities activities = activities();

        DownloadResult gzipped = activities.download(request("/data.json.gz"));
        assertThat(gzipped.files()).containsExactly("0001.json.gz");
        assertThat(collectDir().resolve("0001.json.gz")).hasBinaryContent(gzip);

        DownloadResult zipped = activities.download(request("/data.zip"));
        assertThat(zipped.files()).containsExactly("0001.zip");
        assertThat(collectDir().resolve("0001.zip")).hasBinaryContent(zip);
    }

    @Test
    void followsRedirectsAndReportsWhereTheyLed() {
        source.on("/old", redirect(301, "/new")).on("/new", ok(PLANNING));

        DownloadResult result = activities().download(request("/old"));

        assertThat(result.resolvedSourceUrl()).isEqualTo(url("/new"));
    }

    @Test
    void aServerErrorIsTemporaryAndTheNextAttemptSucceeds() {
        source.on("/flaky", status(500), ok(PLANNING));
        CollectActivities activities = activities();

        ApplicationFailure failure = failureOf(() -> activities.download(request("/flaky")));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("HTTP 500 from " + url("/flaky"));
        assertThat(collectDir()).doesNotExist();

        assertThat(activities.download(request("/flaky")).pages()).isEqualTo(1);
        assertThat(collectDir().resolve("0001.json")).hasBinaryContent(PLANNING);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsTheSourceAsks() {
        source.on("/busy", reply(429, new byte[0], "Retry-After", "120"));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/busy")));

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).contains("HTTP 429", "Retry-After: 120 s");
        assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aClientErrorIsRefusedForGood() {
        source.on("/gone", status(404));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/gone")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).isEqualTo("HTTP 404 from " + url("/gone"));
    }

    @Test
    void onlyHttpUrlsAreDownloaded() {
        ApplicationFailure failure =
                failureOf(() -> activities().download(new DownloadRequest(JOB, "ftp://127.0.0.1/x")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).isEqualTo("The source URL is not an http(s) URL: ftp://127.0.0.1/x");
    }

    @Test
    void aRedirectAwayFromHttpIsRefused() {
        source.on("/elsewhere", redirect(302, "file:///etc/passwd"));

        assertPermanent(failureOf(() -> activities().download(request("/elsewhere"))), FailureTypes.SOURCE_REFUSED);
    }

    @Test
    void aRedirectLoopIsRefusedAfterTheMaximumRedirects() {
        source.on("/a", redirect(302, "/b")).on("/b", redirect(302, "/a"));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/a")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).isEqualTo("More than 5 redirects from " + url("/a"));
        assertThat(source.requests()).hasSize(6);
    }

    @Test
    void aResponseOverTheSizeLimitIsRefusedAndLeavesNothing() {
        source.on("/huge", StubServer.unannounced(DataSize.ofMegabytes(3).toBytes()));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/huge")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).contains("is larger than 1 MB");
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    void aRerunReplacesThePreviousDownload() throws IOException {
        source.on("/releases", ok(withNext(PLANNING, url("/releases/2")))).on("/releases/2", ok(TENDER));
        CollectActivities activities = activities();
        activities.download(request("/releases"));
        source.on("/releases", ok(AWARD));

        DownloadResult rerun = activities.download(request("/releases"));

        assertThat(rerun.files()).containsExactly("0001.json");
        assertThat(listing(collectDir())).containsExactly("0001.json");
        assertThat(collectDir().resolve("0001.json")).hasBinaryContent(AWARD);
        assertThat(listing(jobDir())).containsExactly("collect");
    }

    @Test
    void directoriesLeftByCrashedAttemptsAreDeleted() throws IOException {
        Path stale = Files.createDirectories(jobDir().resolve("collect.partial-123"));
        Files.writeString(stale.resolve("0001.json"), "{}");
        source.on("/package.json", ok(PLANNING));

        activities().download(request("/package.json"));

        assertThat(stale).doesNotExist();
    }

    @Test
    void cancellingStopsTheDownloadAtTheNextHeartbeatAndLeavesNothing() {
        for (int page = 1; page <= 20; page++) {
            source.on(
                    "/page/" + page,
                    delayed(Duration.ofMillis(200), ok(withNext(PLANNING, url("/page/" + (page + 1))))));
        }
        temporal.onHeartbeat(TaskProgress.class, progress -> {
            if (progress.done() >= 1) {
                temporal.cancel();
            }
        });
        CollectActivities activities = activities();

        assertThatThrownBy(() -> activities.download(request("/page/1"))).isInstanceOf(CanceledFailure.class);
        assertThat(source.requests()).hasSizeLessThan(20);
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    @Timeout(30)
    void cancellingASlowSourceClosesTheConnectionAtOnceAndLeavesNothing() throws InterruptedException {
        CountDownLatch hungUp = new CountDownLatch(1);
        source.on("/slow.json", StubServer.trickling(hungUp));
        List<TaskProgress> heartbeats = new CopyOnWriteArrayList<>();
        AtomicLong cancelled = new AtomicLong();
        temporal.onHeartbeat(TaskProgress.class, progress -> {
            heartbeats.add(progress);
            // The first heartbeat goes as the download starts, the next ones every second while bytes trickle in.
            if (heartbeats.size() == 3) {
                cancelled.set(System.nanoTime());
                temporal.cancel();
            }
        });
        // A byte a second is not a stall.
        CollectActivities activities = activities(Duration.ofSeconds(5));

        assertThatThrownBy(() -> activities.download(request("/slow.json"))).isInstanceOf(CanceledFailure.class);
        long stopped = System.nanoTime();

        assertThat(hungUp.await(5, TimeUnit.SECONDS)).as("connection closed").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - cancelled.get())).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(stopped - cancelled.get())).isLessThan(Duration.ofSeconds(5));
        assertThat(jobDir()).isEmptyDirectory();
        assertThat(heartbeats.getLast().bytes()).as("bytes so far").isPositive();
    }

    @Test
    void heartbeatsCountThePagesAndBytesStored() throws IOException {
        // The heartbeat goes every second; the slow third page lets one out with the first two pages done.
        source.on("/releases", ok(withNext(PLANNING, url("/releases/2"))))
                .on("/releases/2", ok(withNext(TENDER, url("/releases/3"))))
                .on("/releases/3", delayed(Duration.ofMillis(1500), ok(AWARD)));
        List<TaskProgress> heartbeats = new CopyOnWriteArrayList<>();
        temporal.onHeartbeat(TaskProgress.class, heartbeats::add);

        activities().download(request("/releases"));

        long twoPages = Files.size(collectDir().resolve("0001.json"))
                + Files.size(collectDir().resolve("0002.json"));
        assertThat(heartbeats).contains(new TaskProgress(2, 0, "pages downloaded", twoPages));
    }

    @Test
    void aResponseThatIsNotJsonNorAnArchiveIsInvalidData() {
        source.on("/page.html", ok("<!DOCTYPE html><html>Maintenance</html>".getBytes(StandardCharsets.UTF_8)));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/page.html")));

        assertPermanent(failure, FailureTypes.INVALID_DATA);
        assertThat(failure.getOriginalMessage()).endsWith("it starts with: <!DOCTYPE html><html>Maintenance</html>");
    }

    @Test
    void aJsonPageThatCannotBeParsedIsInvalidData() {
        source.on("/broken.json", json("{\"releases\": [{\"ocid\": "));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/broken.json")));

        assertPermanent(failure, FailureTypes.INVALID_DATA);
        assertThat(failure.getOriginalMessage()).startsWith("Page 1 (" + url("/broken.json") + ") is not valid JSON");
    }

    @Test
    void aLinksNextLoopIsRefused() {
        source.on("/releases", ok(withNext(PLANNING, url("/releases/2"))))
                .on("/releases/2", ok(withNext(TENDER, url("/releases"))));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/releases")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage())
                .isEqualTo("The links.next of page 2 leads back to a page already read: " + url("/releases"));
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    void aRedirectToLoopbackIsRefusedBeforeConnecting() {
        // The source is allowed by its name; the address it redirects to is not.
        source.on("/old", redirect(301, source.url("/internal").toString())).on("/internal", ok(PLANNING));

        ApplicationFailure failure =
                failureOf(() -> activitiesAllowing("localhost").download(request(viaLocalhost("/old"))));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage())
                .startsWith("Refused to connect to " + url("/internal") + ": ")
                .contains("127.0.0.1, a loopback address", "DATA_REGISTRY_DOWNLOAD_ALLOWED_HOSTS");
        assertThat(source.requests("/internal")).isEmpty();
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    void aLinksNextToTheCloudMetadataAddressIsRefused() {
        source.on("/releases", ok(withNext(PLANNING, "http://169.254.169.254/latest/meta-data/")));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/releases")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Refused to connect to "
                        + "http://169.254.169.254/latest/meta-data/: 169.254.169.254 is at 169.254.169.254, a link-local "
                        + "address, which sources may not use unless DATA_REGISTRY_DOWNLOAD_ALLOWED_HOSTS allows it");
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    void aSourceOnLoopbackIsRefusedByDefaultWithoutARequestNorItsAnswerInTheNote() {
        source.on("/package.json", ok(PLANNING));

        ApplicationFailure failure = failureOf(() -> activitiesAllowing().download(request("/package.json")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).contains("a loopback address").doesNotContain("releases");
        assertThat(source.requests()).isEmpty();
    }

    @Test
    void theAllowedHostsLetASourceOnAnInternalRangeThrough() {
        source.on("/package.json", ok(PLANNING));

        DownloadResult result = activitiesAllowing("10.0.0.0/8", "127.0.0.0/8").download(request("/package.json"));

        assertThat(result.pages()).isEqualTo(1);
    }

    @Test
    void theAppsOwnDemoSourceIsReachableOnLoopbackButNothingElseOfTheApp() {
        source.on("/demo/ocds/01.json", ok(withNext(PLANNING, "02.json")))
                .on("/demo/ocds/02.json", ok(withNext(TENDER, url("/actuator/env"))))
                .on("/actuator/env", ok(AWARD));
        OwnSource demo = () -> Optional.of(source.url("/demo/ocds/"));
        DownloadProperties noneAllowed = new DownloadProperties(
                DataSize.ofMegabytes(1),
                10,
                5,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                "DataRegistryTest/1.0",
                List.of());
        CollectActivities activities = temporal.stub(
                CollectActivities.class,
                new CollectActivitiesImpl(
                        new JobFiles(new FilesProperties(root)),
                        noneAllowed,
                        Optional.of(demo),
                        SourceLimits.defaults()));

        ApplicationFailure failure = failureOf(() -> activities.download(request("/demo/ocds/01.json")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).startsWith("Refused to connect to " + url("/actuator/env"));
        assertThat(source.requests()).hasSize(2);
        assertThat(source.requests("/actuator/env")).isEmpty();
    }

    @Test
    void aLinksNextAwayFromHttpIsRefused() {
        source.on("/releases", ok(withNext(PLANNING, "ftp://127.0.0.1/releases/2")));

        assertPermanent(failureOf(() -> activities().download(request("/releases"))), FailureTypes.SOURCE_REFUSED);
    }

    @Test
    void moreThanTheMaximumPagesIsRefused() {
        for (int page = 1; page <= 11; page++) {
            source.on("/page/" + page, ok(withNext(PLANNING, url("/page/" + (page + 1)))));
        }

        ApplicationFailure failure = failureOf(() -> activities().download(request("/page/1")));

        assertPermanent(failure, FailureTypes.SOURCE_REFUSED);
        assertThat(failure.getOriginalMessage()).isEqualTo("More than 10 pages from " + url("/page/1"));
        assertThat(source.requests()).hasSize(10);
    }

    @Test
    void aResponseThatStallsIsTemporary() {
        source.on("/slow", StubServer.stalling("[".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(3)));

        ApplicationFailure failure = failureOf(() -> activities().download(request("/slow")));

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("No data from " + url("/slow") + " for 1 s");
        assertThat(jobDir()).isEmptyDirectory();
    }

    @Test
    void wipeDeletesTheCollectDirectoryAndCanRunTwice() {
        source.on("/package.json", ok(PLANNING));
        CollectActivities activities = activities();
        activities.download(request("/package.json"));

        activities.wipe(JOB);
        activities.wipe(JOB);

        assertThat(collectDir()).doesNotExist();
    }

    private CollectActivities activities() {
        return activities(Duration.ofSeconds(1));
    }

    private CollectActivities activities(Duration readTimeout) {
        return activities(readTimeout, List.of(StubServer.ADDRESS));
    }

    private CollectActivities activitiesAllowing(String... allowedHosts) {
        return activities(Duration.ofSeconds(1), List.of(allowedHosts));
    }

    private CollectActivities activities(Duration readTimeout, List<String> allowedHosts) {
        DownloadProperties limits = new DownloadProperties(
                DataSize.ofMegabytes(1),
                10,
                5,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                readTimeout,
                "DataRegistryTest/1.0",
                allowedHosts);
        return temporal.stub(
                CollectActivities.class, new CollectActivitiesImpl(new JobFiles(new FilesProperties(root)), limits));
    }

    private String viaLocalhost(String path) {
        return url(path).replace("//" + StubServer.ADDRESS + ":", "//localhost:");
    }

    private DownloadRequest request(String path) {
        return new DownloadRequest(JOB, path.startsWith("http") ? path : url(path));
    }

    private String url(String path) {
        return source.url(path).toString();
    }

    private Path jobDir() {
        return root.resolve("jobs").resolve(Long.toString(JOB));
    }

    private Path collectDir() {
        return jobDir().resolve("collect");
    }

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] withNext(byte[] releasePackage, String next) {
        ObjectNode page = (ObjectNode) JSON.readTree(releasePackage);
        page.putObject("links").put("next", next);
        return JSON.writeValueAsBytes(page);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
