package org.dataregistry.ocds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

class OcdsCommandTest {

    private static final String UNSORTED_RELEASES = """
            {"ocid": "ocds-b", "id": "b1", "date": "2021-01-01T00:00:00Z", "tag": ["tender"], "tender": {"title": "B"}}
            {"ocid": "ocds-a", "id": "a1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"], "tender": {"title": "A"}}
            {"ocid": "ocds-b", "id": "b2", "date": "2021-06-01T00:00:00Z", "tag": ["award"], "awards": [{"id": "1"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void compileWritesOneCompiledReleasePerOcidInOcidOrder() throws IOException {
        Path input = Files.writeString(dir.resolve("releases.jsonl"), UNSORTED_RELEASES);

        Run run = run("", "compile", input.toString());

        assertThat(run.code()).isZero();
        List<JsonNode> compiled = run.outLines().stream().map(OcdsJson.mapper()::readTree).toList();
        assertThat(compiled).extracting(release -> release.get("ocid").stringValue()).containsExactly("ocds-a", "ocds-b");
        JsonNode b = compiled.get(1);
        assertThat(b.get("id").stringValue()).isEqualTo("ocds-b-2021-06-01T00:00:00Z");
        assertThat(b.get("tender").get("title").stringValue()).isEqualTo("B");
        assertThat(b.get("awards")).hasSize(1);
        assertThat(run.err()).isEqualTo("compiled 2 OCIDs\n");
    }

    @Test
    void compileReadsStandardInputAndWritesVersionedReleasesOnRequest() {
        Run run = run(UNSORTED_RELEASES, "compile", "--versioned");

        assertThat(run.code()).isZero();
        JsonNode b = OcdsJson.mapper().readTree(run.outLines().get(1));
        assertThat(b.get("tender").get("title").get(0).get("releaseID").stringValue()).isEqualTo("b1");
    }

    @Test
    void compileReadsPackagesAndReportsWhatItSkipped() throws IOException {
        Path input = Files.writeString(dir.resolve("package.json"),
                "{\"uri\": \"x\", \"releases\": [{\"id\": \"no-ocid\"}, {\"ocid\": \"ocds-a\", \"id\": \"1\"}]}");

        Run run = run("", "compile", input.toString(), Fixtures.path("realdata/release-package-1.json").toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).contains("warning: " + input + ":1:").contains("compiled 2 OCIDs");
    }

    @Test
    void exportWritesTheFilesAndListsThem() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), """
                {"ocid":"a","date":"2020-01-01"}

                {"ocid":"b"}
                """);

        Run run = run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().getFirst()).startsWith("full.jsonl.gz\t2 releases\t");
        assertThat(files(dir.resolve("out"))).containsExactly("2020.jsonl.gz", "full.jsonl.gz", "undated.jsonl.gz");
    }

    @Test
    void exportWritesLinesWithoutTheirCarriageReturns() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), "{\"ocid\":\"a\"}\r\n{\"ocid\":\"b\"}\r\n");

        run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("out/full.jsonl.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"ocid\":\"a\"}\n{\"ocid\":\"b\"}\n");
        }
    }

    @Test
    void exportOfALineThatIsNotAnObjectFailsInOneLineNamingFileAndLine() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), "{\"ocid\":\"a\"}\n[1]\n");

        Run run = run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err()).isEqualTo("ocds export: " + compiled + ":2:1: not a JSON object\n");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    @Test
    void flattenWritesTheArchiveAndTellsWhyThereIsNoXlsx() {
        Path input = Fixtures.path("exports/2000.jsonl.gz");

        Run run = run("", "flatten", "--no-xlsx", "--output-dir", dir.toString(), input.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().getFirst()).startsWith("2000.csv.tar.gz\t1 tables\t");
        assertThat(run.outLines().get(1)).isEqualTo("no XLSX for 2000.jsonl.gz: not requested");
    }

    @Test
    void coverageWritesOneJsonObject() throws IOException {
        Path input = Files.writeString(dir.resolve("compiled.jsonl"),
                "{\"ocid\":\"a\",\"date\":\"2020-01-01\",\"tender\":{\"id\":\"t\"}}\n{\"ocid\":\"b\"}\n");

        Run run = run("", "coverage", "--last-date", "2026-01-01", input.toString());

        assertThat(run.code()).isZero();
        JsonNode report = OcdsJson.mapper().readTree(run.out());
        assertThat(report.get("ocidCount").longValue()).isEqualTo(2);
        assertThat(report.get("dateFrom").stringValue()).isEqualTo("2020-01-01");
        assertThat(report.get("counts").get("tenders_count").longValue()).isEqualTo(1);
        assertThat(report.get("coverage").get("/tender/id").longValue()).isEqualTo(1);
    }

    @Test
    void unreadableInputFailsInOneLineWithoutAStackTrace() throws IOException {
        Path truncated = dir.resolve("truncated.jsonl");
        Files.writeString(truncated, "{\"ocid\":\"a\"}\n{\"ocid\":\"b\", \"tender\": {");

        Run run = run("", "coverage", truncated.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err()).startsWith("ocds coverage: " + truncated + ":2:").endsWith("the JSON is truncated\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingFileFailsInOneLineNamingIt() {
        Path missing = dir.resolve("missing.json");

        Run run = run("", "compile", missing.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err()).isEqualTo("ocds compile: " + missing + ": cannot open: no such file\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aSchemaThatCannotBeReadFailsInOneLine() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.json"), "{\"properties\":");

        Run missing = run(UNSORTED_RELEASES, "compile", "--schema", dir.resolve("missing.json").toString());
        Run invalid = run(UNSORTED_RELEASES, "compile", "--schema", schema.toString());

        assertThat(missing.err()).isEqualTo("ocds compile: " + dir.resolve("missing.json") + ": cannot open: no such file\n");
        assertThat(invalid.err()).startsWith("ocds compile: " + schema + ": invalid schema JSON: ");
        assertThat(invalid.err().lines()).hasSize(1);
        assertThat(List.of(missing.code(), invalid.code())).containsOnly(OcdsCommand.INPUT_ERROR);
    }

    @Test
    void aCommandIsRequired() {
        Run run = run("");

        assertThat(run.code()).isEqualTo(OcdsCommand.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("ocds: a command is required (see --help)\n");
    }

    @Test
    void aBadCommandLineFailsWithExitCode2() {
        Run run = run("", "flatten", "input.jsonl");

        assertThat(run.code()).isEqualTo(OcdsCommand.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("ocds flatten: Missing required option: '--output-dir=DIR' (see --help)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "export", "flatten", "coverage"})
    void everyCommandExplainsItselfWithHelp(String command) {
        Run run = run("", command, "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: ocds " + command).contains("--help");
    }

    @Test
    void reportHeapAddsALineOnStandardError() {
        Run run = run(UNSORTED_RELEASES, "--report-heap", "compile");

        assertThat(run.code()).isZero();
        assertThat(run.err()).containsPattern("heap: peak used \\d+ MiB, peak after GC \\d+ MiB, max \\d+ MiB\n$");
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = OcdsCommand.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, new PrintWriter(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static List<String> files(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** What a command line did. */
    private record Run(int code, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }
    }
}
