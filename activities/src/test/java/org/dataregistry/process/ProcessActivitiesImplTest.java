package org.dataregistry.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dataregistry.process.ActivityTesting.applicationFailure;
import static org.dataregistry.process.ActivityTesting.copyFixture;
import static org.dataregistry.process.ActivityTesting.fixture;
import static org.dataregistry.process.ActivityTesting.sameJson;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dataregistry.collect.DownloadProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

@SpringBootTest
class ProcessActivitiesImplTest {

    @Autowired
    ProcessActivitiesImpl implementation;

    @Autowired
    JobFiles files;

    @Autowired
    TaskNotes taskNotes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DownloadProperties download;

    TestJobRows jobs;
    TestActivityEnvironment environment;
    ProcessActivities activities;
    long job;
    Path collectDir;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        job = jobs.job();
        collectDir = files.collectDir(job);
        JobFiles.deleteRecursively(files.temporaryDir(job));
        environment = TestActivityEnvironment.newInstance();
        activities = ActivityTesting.stub(environment, ProcessActivities.class, implementation);
    }

    @AfterEach
    void tearDown() {
        environment.close();
        JobFiles.deleteRecursively(files.temporaryDir(job));
        jobs.deleteAll();
    }

    @Test
    void twoRealOcds10PackagesCompileAsOcdskitCompiledThem() {
        copyFixture("realdata/release-package-1.json", collectDir, "page-1.json");
        copyFixture("realdata/release-package-2.json", collectDir, "page-2.json");

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.releases()).isEqualTo(4);
        assertThat(result.compiledReleases()).isEqualTo(2);
        assertThat(result.failureReason()).isNull();
        List<JsonNode> compiled = compiledReleases();
        assertThat(compiled).hasSize(2);
        assertThat(sameJson(compiled.get(0), json("realdata/compiled-release-1.json")))
                .as("%s", compiled.get(0))
                .isTrue();
        assertThat(sameJson(compiled.get(1), json("realdata/compiled-release-2.json")))
                .as("%s", compiled.get(1))
                .isTrue();
        assertThat(result.metadata())
                .isEqualTo(new PublicationMetadata("2017-06-05", "2017-06-05", "OCDS-87SD3T", "", ""));
    }

    @Test
    void theOcdsVersionDeclaredAfterTheReleasesDecidesHowOrganizationsMerge() throws IOException {
        String releases = """
                "releases": [
                  {"ocid": "ocds-%1$s", "id": "1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"],
                   "tender": {"tenderers": [{"id": "t1", "name": "First"}]}},
                  {"ocid": "ocds-%1$s", "id": "2", "date": "2020-02-01T00:00:00Z", "tag": ["tenderUpdate"],
                   "tender": {"tenderers": [{"id": "t2", "name": "Second"}]}}
                ]""";
        write("a.json", "{" + releases.formatted("11") + ", \"version\": \"1.1\"}");
        write("b.json", "{" + releases.formatted("10") + "}");

        activities.process(new ProcessRequest(job));

        List<JsonNode> compiled = compiledReleases();
        assertThat(compiled.get(0).at("/tender/tenderers"))
                .as("OCDS 1.0: the latest list")
                .hasSize(1);
        assertThat(compiled.get(1).at("/tender/tenderers"))
                .as("OCDS 1.1: merged by id")
                .hasSize(2);
    }

    @Test
    void aRecordWithLinkedReleasesKeepsItsPublishedCompiledRelease() {
        copyFixture("realdata/record-package_1.1.json", collectDir, "records.json");

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.compiledReleases()).isEqualTo(1);
        assertThat(compiledReleases())
                .singleElement()
                .isEqualTo(json("realdata/record-package_1.1.json").at("/records/0/compiledRelease"));
    }

    @Test
    void releasesMergeIntoTheCompiledReleaseTheirPublisherPublished() {
        copyFixture("sample-data/ocds-213czf-000-00001.json", collectDir, "releases.json");

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.releases()).isEqualTo(6);
        JsonNode published =
                json("sample-data/record/ocds-213czf-000-00001.json").at("/records/0/compiledRelease");
        assertThat(sameJson(compiledReleases().getFirst(), published))
                .as("%s", compiledReleases())
                .isTrue();
        assertThat(result.metadata())
                .isEqualTo(new PublicationMetadata(
                        "2011-01-10",
                        "2011-01-10",
                        "ocds-213czf",
                        "http://opendatacommons.org/licenses/pddl/1.0/",
                        "https://github.com/open-contracting/sample-data/"));
    }

    @Test
    void gzipAndZipFilesAreReadLikePlainOnes() throws IOException {
        Files.createDirectories(collectDir);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(collectDir.resolve("a.json.gz")))) {
            out.write(Files.readAllBytes(fixture("realdata/release-package_1.1-1.json")));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(collectDir.resolve("b.zip")))) {
            zip.putNextEntry(new ZipEntry("inner/package.json"));
            zip.write(Files.readAllBytes(fixture("realdata/release-package_1.1-2.json")));
            zip.closeEntry();
        }

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.releases()).isEqualTo(2);
        assertThat(compiledReleases())
                .extracting(release -> release.get("ocid").stringValue())
                .containsExactly("ocds-03ad3f-193399", "ocds-03ad3f-246807");
        assertThat(result.metadata().license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void mergeWarningsAreAggregatedInTheTaskNotes() throws IOException {
        write("page.json", """
                {"version": "1.1", "releases": [
                  {"ocid": "ocds-a", "id": "1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"],
                   "awards": [{"id": "x", "title": "first"}, {"id": "x", "title": "second"}]},
                  {"ocid": "ocds-a", "id": "2", "date": "2020-01-01T00:00:00Z", "tag": ["award"],
                   "awards": [{"id": "y"}, {"id": "y"}]},
                  {"ocid": "ocds-b", "id": "1", "date": "2021-02-03T00:00:00Z", "tag": ["tender"],
                   "tender": {"items": [{"id": "1"}, {"id": "1"}]}}
                ]}
                """);

        ProcessResult result = activities.process(new ProcessRequest(job));

        List<TaskNoteRecord> notes = taskNotes.of(job, TaskType.PROCESS);
        assertThat(notes)
                .containsExactly(
                        new TaskNoteRecord("WARNING", "DuplicateIdValueWarning", Map.of("count", 2, "path", "awards")),
                        new TaskNoteRecord(
                                "WARNING", "DuplicateIdValueWarning", Map.of("count", 1, "path", "tender.items")),
                        new TaskNoteRecord(
                                "WARNING",
                                "RepeatedDateValueWarning",
                                Map.of("count", 1, "date", "2020-01-01T00:00:00Z")));
        assertThat(result.notes()).isEqualTo(3);
    }

    @Test
    void skippedInputAndOcidsThatCannotBeCompiledAreNoted() throws IOException {
        write("page.json", """
                {"version": "1.1", "releases": [
                  {"id": "no ocid"},
                  {"ocid": "ocds-a", "id": "1", "date": "2020-01-01T00:00:00Z"},
                  {"ocid": "ocds-a", "id": "2"}
                ]}
                """);

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.compiledReleases()).isZero();
        List<TaskNoteRecord> notes = taskNotes.of(job, TaskType.PROCESS);
        assertThat(notes).extracting(TaskNoteRecord::level).containsExactly("WARNING", "WARNING", "ERROR");
        assertThat(notes.get(0).note()).startsWith("page.json:2:").contains("ocid");
        assertThat(notes.get(1).note()).isEqualTo("1 release skipped: no ocid");
        assertThat(notes.get(2).note())
                .startsWith("OCID ocds-a can't be compiled")
                .contains("page.json:4:");
        assertThat(notes.get(2).data()).isEqualTo(Map.of("type", "MissingDateKeyError", "ocid", "ocds-a"));
    }

    @Test
    void aCollectionWithoutReleasesIsEmpty() throws IOException {
        write("page.json", "{\"version\": \"1.1\", \"releases\": []}");

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.failureReason()).isEqualTo("Collection is empty");
        assertThat(result.metadata()).isEqualTo(PublicationMetadata.NONE);
    }

    @Test
    void releasesThatAllLackAnOcidSayHowManyWereSkippedRatherThanEmpty() throws IOException {
        write("page.json", "{\"version\": \"1.1\", \"releases\": [{\"id\": \"1\"}, {\"id\": \"2\"}]}");

        ProcessResult result = activities.process(new ProcessRequest(job));

        assertThat(result.failureReason()).isEqualTo("2 releases skipped: no ocid");
    }

    @Test
    void aDecompressionBombFailsTheTaskForGoodWithinSecondsNamingTheLimit() throws IOException {
        writeBomb("page.json.gz", 64);
        ProcessActivities limited = withLimits(new SourceLimits(DataSize.ofMegabytes(8), null, 3, 250, 10_000, 100));

        ApplicationFailure failure = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> applicationFailure(() -> limited.process(new ProcessRequest(job))));

        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .startsWith("page.json.gz")
                .contains("more than 8 MB of decompressed data in one file")
                .contains("DATA_REGISTRY_LIMITS_MAX_DECOMPRESSED_SIZE_PER_FILE");
        assertThat(files.compiledFile(job)).doesNotExist();
    }

    @Test
    void withTheDefaultLimitsABombIsStoppedByItsCompressionRatio() throws IOException {
        writeBomb("page.json.gz", 64);
        ProcessActivities defaults = withLimits(SourceLimits.defaults());

        ApplicationFailure failure = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> applicationFailure(() -> defaults.process(new ProcessRequest(job))));

        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .startsWith("page.json.gz")
                .contains("decompressed more than 250 times its compressed size")
                .contains("DATA_REGISTRY_LIMITS_MAX_COMPRESSION_RATIO");
    }

    @Test
    void theDecompressedBytesOfAllTheJobsFilesHaveALimitToo() throws IOException {
        Files.createDirectories(collectDir);
        String releases = "{\"ocid\": \"ocds-a\", \"id\": \"1\", \"date\": \"2020-01-01T00:00:00Z\"}\n".repeat(1000);
        Files.write(collectDir.resolve("a.json.gz"), gzip(releases.getBytes(StandardCharsets.UTF_8)));
        Files.write(collectDir.resolve("b.json.gz"), gzip(releases.getBytes(StandardCharsets.UTF_8)));
        ProcessActivities limited =
                withLimits(new SourceLimits(null, DataSize.ofBytes(releases.length() * 3L / 2), 3, 250, 10_000, 100));

        ApplicationFailure failure = applicationFailure(() -> limited.process(new ProcessRequest(job)));

        assertThat(failure.getOriginalMessage())
                .startsWith("b.json.gz")
                .contains("of decompressed data in all files")
                .contains("DATA_REGISTRY_LIMITS_MAX_DECOMPRESSED_SIZE_PER_JOB");
    }

    @Test
    void anOcidWithMoreReleasesThanTheLimitIsCompiledFromItsLatestWithANote() throws IOException {
        write("page.json", """
                {"version": "1.1", "releases": [
                  {"ocid": "ocds-a", "id": "3", "date": "2020-03-01T00:00:00Z", "title": "third"},
                  {"ocid": "ocds-a", "id": "1", "date": "2020-01-01T00:00:00Z", "title": "first", "buyer": {"name": "b"}},
                  {"ocid": "ocds-a", "id": "2", "date": "2020-02-01T00:00:00Z", "title": "second"},
                  {"ocid": "ocds-b", "id": "1", "date": "2020-01-01T00:00:00Z"}
                ]}
                """);
        ProcessActivities limited = withLimits(new SourceLimits(null, null, 3, 250, 2, 100));

        ProcessResult result = limited.process(new ProcessRequest(job));

        assertThat(result.compiledReleases()).isEqualTo(2);
        JsonNode compiled = compiledReleases().getFirst();
        assertThat(compiled.get("title").stringValue()).isEqualTo("third");
        assertThat(compiled.has("buyer")).isFalse();
        assertThat(taskNotes.of(job, TaskType.PROCESS))
                .contains(new TaskNoteRecord(
                        "WARNING",
                        "1 release of OCID ocds-a skipped: more than 2 releases per OCID"
                                + " (the setting DATA_REGISTRY_LIMITS_MAX_RELEASES_PER_OCID)",
                        Map.of("type", "TooManyReleasesPerOcid", "ocid", "ocds-a", "count", 1)));
    }

    @Test
    void aTruncatedFileFailsForGoodNamingItAndLeavesNothingStored() throws IOException {
        copyFixture("realdata/release-package-1.json", collectDir, "a.json");
        byte[] gzip = gzip(Files.readAllBytes(fixture("realdata/release-package-2.json")));
        Files.write(collectDir.resolve("b.json.gz"), Arrays.copyOf(gzip, gzip.length / 2));

        ApplicationFailure failure = applicationFailure(() -> activities.process(new ProcessRequest(job)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage()).startsWith("b.json.gz").contains("truncated");
        assertThat(files.compiledFile(job)).doesNotExist();
        assertThat(files.temporaryDir(job).resolve("process")).isEmptyDirectory();
    }

    @Test
    void aMissingCollectDirectoryFailsForGood() {
        ApplicationFailure failure = applicationFailure(() -> activities.process(new ProcessRequest(job)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INPUT_MISSING);
    }

    @Test
    void runningAgainReplacesWhatTheFirstRunWrote() throws IOException {
        copyFixture("realdata/release-package-1.json", collectDir, "page-1.json");
        copyFixture("realdata/release-package-2.json", collectDir, "page-2.json");
        activities.process(new ProcessRequest(job));
        byte[] first = Files.readAllBytes(files.compiledFile(job));

        ProcessResult again = activities.process(new ProcessRequest(job));

        assertThat(again.compiledReleases()).isEqualTo(2);
        assertThat(Files.readAllBytes(files.compiledFile(job))).isEqualTo(first);
    }

    @Test
    void aRerunAfterACrashReplacesThePartialFileItLeft() throws IOException {
        copyFixture("realdata/release-package-1.json", collectDir, "page-1.json");
        Path partial = StagedFile.temporaryOf(files.compiledFile(job));
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, "{\"ocid\": \"half-written\"");

        activities.process(new ProcessRequest(job));

        assertThat(partial).doesNotExist();
        assertThat(compiledReleases())
                .extracting(release -> release.get("ocid").stringValue())
                .containsExactly("OCDS-87SD3T-AD-SF-DRM-063-2015");
    }

    @Test
    void noReleaseIsStoredInPostgresql() {
        copyFixture("realdata/release-package-1.json", collectDir, "page-1.json");

        activities.process(new ProcessRequest(job));

        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                                + "('collected_release', 'compiled_release')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void wipeRemovesTheJobsCompiledFileOnlyAndCanRunTwice() {
        copyFixture("realdata/release-package-1.json", collectDir, "page-1.json");
        long other = jobs.job();
        copyFixture("realdata/release-package-2.json", files.collectDir(other), "page-1.json");
        activities.process(new ProcessRequest(job));
        activities.process(new ProcessRequest(other));

        activities.wipe(job);
        activities.wipe(job);

        assertThat(files.compiledFile(job)).doesNotExist();
        assertThat(files.compiledFile(other)).exists();
        JobFiles.deleteRecursively(files.temporaryDir(other));
    }

    @Test
    void cancellingStopsProcessingAtTheFirstHeartbeat() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            lines.append("{\"ocid\": \"ocds-").append(i).append("\", \"id\": \"1\", \"date\": \"2020-01-01\"}\n");
        }
        write("releases.jsonl", lines.toString());
        environment.setActivityHeartbeatListener(TaskProgress.class, progress -> environment.requestCancelActivity());

        Throwable thrown = catchThrowable(() -> activities.process(new ProcessRequest(job)));

        assertThat(thrown).isInstanceOf(CanceledFailure.class);
        assertThat(files.compiledFile(job)).doesNotExist();
    }

    private List<JsonNode> compiledReleases() {
        List<JsonNode> releases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(files.compiledFile(job))) {
                releases.add(OcdsJson.mapper().readTree(line));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return releases;
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(collectDir);
        Files.writeString(collectDir.resolve(name), content);
    }

    private static JsonNode json(String fixture) {
        return OcdsJson.mapper().readTree(fixture(fixture));
    }

    /**
     * A gzip file of {@code megabytes} MB of empty packages, 515 times smaller, like the 10.7 MB file of 5.5 GB a
     * source once sent: without a limit, all of it would be read.
     */
    private void writeBomb(String name, int megabytes) throws IOException {
        Files.createDirectories(collectDir);
        byte[] block = repeat("{\"releases\":[]}\n".getBytes(StandardCharsets.UTF_8), 4096);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(collectDir.resolve(name)), 64 * 1024)) {
            for (long written = 0; written < megabytes * 1024L * 1024; written += block.length) {
                out.write(block);
            }
        }
    }

    /** The task with other limits, in an environment of its own (one implementation per environment). */
    private ProcessActivities withLimits(SourceLimits limits) {
        environment.close();
        environment = TestActivityEnvironment.newInstance();
        return ActivityTesting.stub(
                environment,
                ProcessActivities.class,
                new ProcessActivitiesImpl(files, taskNotes, Clock.systemUTC(), limits, download));
    }

    private static byte[] repeat(byte[] bytes, int times) {
        byte[] repeated = new byte[bytes.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, repeated, i * bytes.length, bytes.length);
        }
        return repeated;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
