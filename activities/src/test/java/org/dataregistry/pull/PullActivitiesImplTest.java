package org.dataregistry.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.process.ActivityTesting.applicationFailure;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dataregistry.database.EmbeddedDatabase;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.coverage.CoverageCounter;
import org.dataregistry.ocds.coverage.CoverageReport;
import org.dataregistry.ocds.read.JsonLinesInput;
import org.dataregistry.process.ActivityTesting;
import org.dataregistry.process.KingfisherProcessProperties;
import org.dataregistry.process.TestJobRows;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@SpringBootTest
class PullActivitiesImplTest {

    private static final String RELEASE_A = """
            {"ocid": "ocds-a", "date": "2019-03-01T00:00:00Z", "tag": ["compiled"], "tender": {"id": "t", \
            "items": [{"id": "1"}, {"id": "2"}], "documents": [{"id": "d"}]}, "parties": [{"id": "p", "name": "P"}]}""";
    private static final String RELEASE_B = """
            {"ocid": "ocds-b", "date": "2021-07-15T10:00:00Z", "tag": ["compiled"], "awards": [{"id": "a", \
            "suppliers": [{"id": "s"}], "documents": [{"id": "e"}, {"id": "f"}]}], "planning": {"budget": {"id": "b"}}}""";
    private static final String UNDATED = """
            {"ocid": "ocds-c", "tag": ["compiled"], "contracts": [{"id": "c", "implementation": \
            {"transactions": [{"id": "x"}]}, "milestones": [{"id": "m"}], "amendments": [{"id": "am"}]}]}""";

    @Autowired
    JobFiles files;

    @Autowired
    EmbeddedDatabase embeddedDatabase;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    TestJobRows jobs;
    TestActivityEnvironment environment;
    List<KingfisherProcessDatabase> kingfisherDatabases = new ArrayList<>();
    long job;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        job = jobs.job();
        JobFiles.deleteRecursively(files.temporaryDir(job));
        environment = TestActivityEnvironment.newInstance();
    }

    @AfterEach
    void tearDown() {
        environment.close();
        kingfisherDatabases.forEach(KingfisherProcessDatabase::destroy);
        JobFiles.deleteRecursively(files.temporaryDir(job));
        jobs.deleteAll();
    }

    @Test
    void theBuiltInProcessorsCompiledFileIsCountedAndIsTheExportersInputAsItIs() throws IOException {
        List<String> stored = storeCompiled(RELEASE_B, RELEASE_A, UNDATED);
        byte[] before = Files.readAllBytes(files.compiledFile(job));

        PullResult result =
                activities(new KingfisherProcessProperties(null, null), 10_000).pull(PullRequest.builtIn(job));

        assertThat(files.exporterInput(job)).contains(files.compiledFile(job));
        assertThat(files.compiledFile(job)).hasBinaryContent(before);
        assertThat(files.stagingFile(job)).doesNotExist();
        CoverageReport expected = coverageOf(stored);
        assertThat(result.coverage()).isEqualTo(expected.coverage());
        assertThat(result.compiledReleases()).isEqualTo(3);
        assertThat(result.ocids()).isEqualTo(3);
        assertThat(result.dateFrom()).isEqualTo("2019-03-01");
        assertThat(result.dateTo()).isEqualTo("2021-07-15");
        assertThat(result.counts()).isEqualTo(new JobCounts(1, 0, 2, 1, 1, 0, 1, 1, 0, 1, 3, 1, 1, 1));
    }

    @Test
    void aKingfisherProcessCollectionIsPulledPageByPageInDataIdOrder() throws IOException {
        String database = "kingfisher_process_" + job;
        jdbc.sql("CREATE DATABASE " + database).update();
        try {
            KingfisherProcessProperties kingfisher = new KingfisherProcessProperties(
                    null, embeddedDatabase.jdbcUrl().replace("/data_registry", "/" + database));
            List<String> expected = kingfisherCollection(kingfisher, 7);
            List<TaskProgress> heartbeats = new ArrayList<>();
            environment.setActivityHeartbeatListener(TaskProgress.class, heartbeats::add);

            PullResult result = activities(kingfisher, 3).pull(new PullRequest(job, 2L));

            assertThat(stagingLines()).containsExactlyElementsOf(expected);
            assertThat(result.compiledReleases()).isEqualTo(7);
            assertThat(heartbeats).first().isEqualTo(new TaskProgress(0, 0, "compiled releases written", 0));
        } finally {
            kingfisherDatabases.forEach(KingfisherProcessDatabase::destroy);
            jdbc.sql("DROP DATABASE " + database + " WITH (FORCE)").update();
        }
    }

    @Test
    void nothingToPullFailsForGoodAndWritesNoFile() {
        storeCompiled();
        PullActivities activities = activities(new KingfisherProcessProperties(null, null), 10_000);

        ApplicationFailure failure = applicationFailure(() -> activities.pull(PullRequest.builtIn(job)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.NOTHING_COLLECTED);
        assertThat(files.stagingFile(job)).doesNotExist();
    }

    @Test
    void releasesLongerThanAChunkAndALastLineWithoutLineBreakAreCountedWhole() throws IOException {
        String longRelease = "{\"ocid\": \"ocds-long\", \"title\": \"" + "é".repeat(600_000) + "\"}";
        Path compiled = files.compiledFile(job);
        Files.createDirectories(compiled.getParent());
        Files.writeString(compiled, RELEASE_A + "\n\n" + longRelease + "\n" + RELEASE_B);

        PullResult result =
                activities(new KingfisherProcessProperties(null, null), 10_000).pull(PullRequest.builtIn(job));

        assertThat(result.compiledReleases()).isEqualTo(3);
        assertThat(result.coverage())
                .isEqualTo(
                        coverageOf(List.of(RELEASE_A, longRelease, RELEASE_B)).coverage());
    }

    @Test
    void aMissingCompiledFileFailsForGoodAskingToProcessAgain() {
        PullActivities activities = activities(new KingfisherProcessProperties(null, null), 10_000);

        ApplicationFailure failure = applicationFailure(() -> activities.pull(PullRequest.builtIn(job)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INPUT_MISSING);
        assertThat(failure.getOriginalMessage()).contains("Process the data again");
        assertThat(files.stagingFile(job)).doesNotExist();
    }

    @Test
    void aKingfisherJobWithoutTheDatabaseConfiguredFailsForGood() {
        PullActivities activities = activities(new KingfisherProcessProperties(null, " "), 10_000);

        ApplicationFailure failure = applicationFailure(() -> activities.pull(new PullRequest(job, 2L)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.CONFIGURATION);
    }

    @Test
    void pullingAgainGivesTheSameResult() throws IOException {
        storeCompiled(RELEASE_A, RELEASE_B);
        PullActivities activities = activities(new KingfisherProcessProperties(null, null), 1);
        PullResult first = activities.pull(PullRequest.builtIn(job));

        assertThat(activities.pull(PullRequest.builtIn(job))).isEqualTo(first);
    }

    @Test
    void aStagingFileLeftByAnEarlierPullGoesSoThatTheExporterReadsTheCompiledFile() throws IOException {
        storeCompiled(RELEASE_A);
        Files.createDirectories(files.stagingFile(job).getParent());
        Files.writeString(files.stagingFile(job), RELEASE_B);

        activities(new KingfisherProcessProperties(null, null), 10_000).pull(PullRequest.builtIn(job));

        assertThat(files.stagingFile(job)).doesNotExist();
        assertThat(files.exporterInput(job)).contains(files.compiledFile(job));
    }

    @Test
    void wipeDeletesTheStagingFileAndCanRunTwice() throws IOException {
        Files.createDirectories(files.stagingFile(job).getParent());
        Files.writeString(files.stagingFile(job), RELEASE_A);
        PullActivities activities = activities(new KingfisherProcessProperties(null, null), 10_000);

        activities.wipe(job);
        activities.wipe(job);

        assertThat(files.stagingFile(job)).doesNotExist();
    }

    private PullActivities activities(KingfisherProcessProperties kingfisher, int pageSize) {
        KingfisherProcessDatabase kingfisherDatabase = new KingfisherProcessDatabase(kingfisher);
        kingfisherDatabases.add(kingfisherDatabase);
        PullActivitiesImpl implementation =
                new PullActivitiesImpl(files, kingfisherDatabase, new PullProperties(pageSize), clock);
        return ActivityTesting.stub(environment, PullActivities.class, implementation);
    }

    /** Writes the job's compiled file as the built-in processor does, one release a line; returns the lines. */
    private List<String> storeCompiled(String... releases) {
        List<String> lines = List.of(releases);
        try {
            Path compiled = files.compiledFile(job);
            Files.createDirectories(compiled.getParent());
            Files.write(compiled, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * A Kingfisher Process database with compiled collection 2 ({@code count} releases, stored in another order
     * than their data ids) and collection 3 (which must not be pulled); returns collection 2's releases in data id
     * order, as PostgreSQL writes jsonb.
     */
    private static List<String> kingfisherCollection(KingfisherProcessProperties kingfisher, int count) {
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(kingfisher.databaseUrl()));
        database.sql("""
                CREATE TABLE collection (id bigint PRIMARY KEY, transform_type text NOT NULL DEFAULT '');
                CREATE TABLE data (id bigint PRIMARY KEY, hash_md5 text NOT NULL DEFAULT '', data jsonb NOT NULL);
                CREATE TABLE compiled_release (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    collection_id bigint NOT NULL REFERENCES collection (id), collection_file_id bigint,
                    ocid text NOT NULL, release_date text NOT NULL, data_id bigint NOT NULL REFERENCES data (id));
                INSERT INTO collection (id, transform_type) VALUES (2, 'compile-releases'), (3, 'compile-releases');
                """).update();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long dataId = 100L - 10 * i;
            String release =
                    "{\"ocid\": \"ocds-" + i + "\", \"tag\": [\"compiled\"], \"date\": \"2020-01-0" + i + "\"}";
            database.sql("""
                            INSERT INTO data (id, data) VALUES (:id, CAST(:data AS jsonb)), (:id + 1, '{"ocid": "other"}')
                            """).param("id", dataId).param("data", release).update();
            database.sql("""
                            INSERT INTO compiled_release (collection_id, ocid, release_date, data_id)
                            VALUES (2, :ocid, '', :id), (3, :ocid, '', :id + 1)
                            """).param("ocid", "ocds-" + i).param("id", dataId).update();
            expected.addFirst(database.sql("SELECT data::text FROM data WHERE id = :id")
                    .param("id", dataId)
                    .query(String.class)
                    .single());
        }
        return expected;
    }

    private List<String> stagingLines() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(files.stagingFile(job)))) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return content.isEmpty() ? List.of() : List.of(content.split("\n"));
        }
    }

    private CoverageReport coverageOf(List<String> lines) {
        CoverageCounter counter = new CoverageCounter(LocalDate.now(clock));
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try (JsonLinesInput input = JsonLinesInput.open(new ByteArrayInputStream(text), "expected")) {
            counter.addAll(input);
        }
        return counter.report();
    }
}
