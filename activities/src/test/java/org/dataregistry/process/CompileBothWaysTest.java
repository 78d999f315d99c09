package org.dataregistry.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.process.ActivityTesting.fixture;
import static org.dataregistry.process.ActivityTesting.sameJson;

import io.temporal.testing.TestActivityEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.cli.OcdsCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code ocds compile} and the built-in process task run one compile engine: every fixture compiles to the same
 * bytes both ways, and where the fixture has a published result, both match it.
 */
@SpringBootTest
class CompileBothWaysTest {

    private static final String NO_EXPECTATION = null;

    @Autowired
    ProcessActivitiesImpl implementation;

    @Autowired
    JobFiles files;

    @Autowired
    JdbcClient jdbc;

    TestJobRows jobs;
    TestActivityEnvironment environment;
    ProcessActivities activities;
    long job;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        job = jobs.job();
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

    /**
     * Each fixture set (files collected in this order) and the compiled releases, in OCID order, it is known to
     * give (a JSON array, or a path within a fixture), if any.
     */
    static Stream<Arguments> fixtures() {
        List<Arguments> sets = new ArrayList<>();
        for (String vector : List.of(
                "simple",
                "string-list",
                "lists",
                "mergeid",
                "unit",
                "contextual",
                "initial-null",
                "null",
                "empty-object",
                "fill-object")) {
            sets.add(Arguments.of(List.of("merge/" + vector + ".json"), "merge/" + vector + "-compiled.json"));
        }
        sets.add(Arguments.of(
                Stream.of("tender1", "tender2", "tender3", "award1", "award2")
                        .map(name -> "merge/standard-updates/" + name + ".json")
                        .toList(),
                "merge/standard-updates/merged.json#/records/0/compiledRelease"));
        sets.add(Arguments.of(
                List.of("realdata/release-package-1.json", "realdata/release-package-2.json"), NO_EXPECTATION));
        sets.add(Arguments.of(
                List.of("realdata/release-package_1.1-1.json", "realdata/release-package_1.1-2.json"), NO_EXPECTATION));
        sets.add(Arguments.of(
                List.of("realdata/record-package_1.1.json"),
                "realdata/record-package_1.1.json#/records/0/compiledRelease"));
        sets.add(Arguments.of(List.of("realdata/release-package_encoding-iso-8859-1.json"), NO_EXPECTATION));
        sets.add(Arguments.of(
                List.of(
                        "sample-data/ocds-213czf-000-00001-01-planning.json",
                        "sample-data/ocds-213czf-000-00001-02-tender.json",
                        "sample-data/ocds-213czf-000-00001-04-award.json"),
                NO_EXPECTATION));
        sets.add(Arguments.of(
                List.of("sample-data/ocds-213czf-000-00001.json"),
                "sample-data/record/ocds-213czf-000-00001.json#/records/0/compiledRelease"));
        sets.add(Arguments.of(List.of("sample-data/record/ocds-213czf-000-00001.json"), NO_EXPECTATION));
        sets.add(Arguments.of(List.of("kingfisher-process/collection_file.json"), NO_EXPECTATION));
        sets.add(Arguments.of(List.of("kingfisher-process/compiled_release.json"), NO_EXPECTATION));
        sets.add(Arguments.of(List.of("kingfisher-process/record_package.json"), NO_EXPECTATION));
        return sets.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureCompilesToTheSameBytesFromTheCliAndTheProcessTask(List<String> fixtures, String expected)
            throws IOException {
        List<Path> collected = collect(fixtures);

        byte[] cli = cliCompile(collected);
        ProcessResult result = activities.process(new ProcessRequest(job));
        byte[] process = Files.readAllBytes(files.compiledFile(job));

        assertThat(cli).as("fixtures compile to something").isNotEmpty();
        assertThat(new String(process, StandardCharsets.UTF_8)).isEqualTo(new String(cli, StandardCharsets.UTF_8));
        assertThat(result.compiledReleases()).isEqualTo(lines(cli).size());
        if (expected != null) {
            List<JsonNode> compiled = lines(cli);
            List<JsonNode> known = expected(expected);
            assertThat(compiled).hasSameSizeAs(known);
            for (int i = 0; i < known.size(); i++) {
                assertThat(sameJson(compiled.get(i), known.get(i)))
                        .as("%s", compiled.get(i))
                        .isTrue();
            }
        }
    }

    @Test
    void anOcds10PackageCompilesWithOcds10RulesBothWays() throws IOException {
        List<Path> collected = collect(List.of("realdata/release-package-1.json", "realdata/release-package-2.json"));

        List<JsonNode> cli = lines(cliCompile(collected));
        activities.process(new ProcessRequest(job));
        List<JsonNode> process = lines(Files.readAllBytes(files.compiledFile(job)));

        assertThat(process).isEqualTo(cli);
        assertThat(sameJson(cli.get(0), OcdsJson.mapper().readTree(fixture("realdata/compiled-release-1.json"))))
                .as("%s", cli.get(0))
                .isTrue();
        assertThat(sameJson(cli.get(1), OcdsJson.mapper().readTree(fixture("realdata/compiled-release-2.json"))))
                .as("%s", cli.get(1))
                .isTrue();
        assertThat(cli.get(1).at("/tender/tenderers"))
                .as("OCDS 1.0: the latest list, not appended by id")
                .hasSize(1);
    }

    /** Copies the fixtures into the job's collect directory, named so that they are read in the order given. */
    private List<Path> collect(List<String> fixtures) {
        List<Path> collected = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            String fixture = fixtures.get(i);
            collected.add(ActivityTesting.copyFixture(
                    fixture,
                    files.collectDir(job),
                    "%03d-%s".formatted(i, Path.of(fixture).getFileName())));
        }
        return collected;
    }

    private static byte[] cliCompile(List<Path> inputs) {
        List<String> args = new ArrayList<>(List.of("compile"));
        inputs.forEach(input -> args.add(input.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = OcdsCommand.execute(
                args.toArray(String[]::new), InputStream.nullInputStream(), out, new PrintWriter(err, true));
        assertThat(exit).as("%s", err).isZero();
        return out.toByteArray();
    }

    private static List<JsonNode> lines(byte[] jsonLines) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(jsonLines, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(OcdsJson.mapper().readTree(line));
            }
        }
        return lines;
    }

    /** {@code file.json} (an array of compiled releases, or one) or {@code file.json#/json/pointer}. */
    private static List<JsonNode> expected(String reference) {
        String[] parts = reference.split("#", 2);
        JsonNode tree = OcdsJson.mapper().readTree(fixture(parts[0]));
        JsonNode known = parts.length == 2 ? tree.at(parts[1]) : tree;
        return known.isArray() ? known.valueStream().toList() : List.of(known);
    }
}
