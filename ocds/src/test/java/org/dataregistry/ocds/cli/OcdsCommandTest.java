package org.dataregistry.ocds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class OcdsCommandTest {

    private static final String UNSORTED_RELEASES = """
            {"ocid": "ocds-b", "id": "b1", "date": "2021-01-01T00:00:00Z", "tag": ["tender"], "tender": {"title": "B"}}
            {"ocid": "ocds-a", "id": "a1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"], "tender": {"title": "A"}}
            {"ocid": "ocds-b", "id": "b2", "date": "2021-06-01T00:00:00Z", "tag": ["award"], "awards": [{"id": "1"}]}
            """;

    private static final String COMPILED_A = "{\"ocid\":\"a\",\"tag\":[\"compiled\"]}";
    private static final String COMPILED_B = "{\"ocid\":\"b\",\"tag\":[\"compiled\"]}";

    @TempDir
    Path dir;

    @Test
    void compileWritesOneCompiledReleasePerOcidInOcidOrder() throws IOException {
        Path input = Files.writeString(dir.resolve("releases.jsonl"), UNSORTED_RELEASES);

        Run run = run("", "compile", input.toString());

        assertThat(run.code()).isZero();
        List<JsonNode> compiled =
                run.outLines().stream().map(OcdsJson.mapper()::readTree).toList();
        assertThat(compiled)
                .extracting(release -> release.get("ocid").stringValue())
                .containsExactly("ocds-a", "ocds-b");
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
        assertThat(b.get("tender").get("title").get(0).get("releaseID").stringValue())
                .isEqualTo("b1");
    }

    @Test
    void compileReadsPackagesAndReportsWhatItSkipped() throws IOException {
        Path input = Files.writeString(
                dir.resolve("package.json"),
                "{\"uri\": \"x\", \"releases\": [{\"id\": \"no-ocid\"}, {\"ocid\": \"ocds-a\", \"id\": \"1\"}]}");

        Run run = run(
                "",
                "compile",
                input.toString(),
                Fixtures.path("realdata/release-package-1.json").toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).contains("warning: " + input + ":1:").contains("compiled 2 OCIDs");
    }

    @Test
    void compileMergesOcds10PackagesWithOcds10RulesUnlessASchemaIsGiven() throws IOException {
        String ocds10 = Fixtures.path("realdata/release-package-2.json").toString();
        Run byVersion = run("", "compile", ocds10);
        Run bySchema = run(
                "",
                "compile",
                "--schema",
                Path.of(OcdsCommandTest.class
                                .getResource("/org/dataregistry/ocds/compile/release-schema-1__1__4.json")
                                .getPath())
                        .toString(),
                ocds10);

        assertThat(OcdsJson.mapper().readTree(byVersion.outLines().getFirst()).at("/tender/tenderers"))
                .as("OCDS 1.0: the latest list")
                .hasSize(1);
        assertThat(OcdsJson.mapper().readTree(bySchema.outLines().getFirst()).at("/tender/tenderers"))
                .as("the 1.1 schema given: appended by id")
                .hasSize(2);
    }

    @Test
    void compileSaysHowManyReleasesItSkippedForWantOfAnOcid() throws IOException {
        Path input = Files.writeString(
                dir.resolve("releases.jsonl"),
                "{\"releases\": [{\"id\": \"1\"}, {\"id\": \"2\"}]}\n" + UNSORTED_RELEASES);

        Run run = run("", "compile", input.toString());

        assertThat(run.err()).endsWith("compiled 2 OCIDs; 2 releases skipped: no ocid\n");
    }

    @Test
    void exportWritesTheFilesAndListsThem() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), """
                {"ocid":"a","date":"2020-01-01","tag":["compiled"]}

                {"ocid":"b","tag":["compiled"]}
                """);

        Run run = run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().getFirst()).startsWith("full.jsonl.gz\t2 releases\t");
        assertThat(files(dir.resolve("out"))).containsExactly("2020.jsonl.gz", "full.jsonl.gz", "undated.jsonl.gz");
    }

    @Test
    void exportWritesLinesWithoutTheirCarriageReturns() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), COMPILED_A + "\r\n" + COMPILED_B + "\r\n");

        run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("out/full.jsonl.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(COMPILED_A + "\n" + COMPILED_B + "\n");
        }
    }

    @Test
    void exportOfALineThatIsNotAnObjectFailsInOneLineNamingFileAndLine() throws IOException {
        Path compiled = Files.writeString(dir.resolve("compiled.jsonl"), COMPILED_A + "\n[1]\n");

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
        Path input = Files.writeString(
                dir.resolve("compiled.jsonl"),
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

        Run missing = run(
                UNSORTED_RELEASES,
                "compile",
                "--schema",
                dir.resolve("missing.json").toString());
        Run invalid = run(UNSORTED_RELEASES, "compile", "--schema", schema.toString());

        assertThat(missing.err())
                .isEqualTo("ocds compile: " + dir.resolve("missing.json") + ": cannot open: no such file\n");
        assertThat(invalid.err()).startsWith("ocds compile: " + schema + ": invalid schema JSON: ");
        assertThat(invalid.err().lines()).hasSize(1);
        assertThat(List.of(missing.code(), invalid.code())).containsOnly(OcdsCommand.INPUT_ERROR);
    }

    @Test
    void aSchemaThatIsNotAReleaseSchemaIsRefused() throws IOException {
        Path packageSchema = Files.writeString(
                dir.resolve("release-package-schema.json"),
                "{\"properties\": {\"uri\": {\"type\": \"string\"}, \"releases\": {\"type\": \"array\"}}}");
        Path noDate =
                Files.writeString(dir.resolve("no-date.json"), "{\"properties\": {\"ocid\": {\"type\": \"string\"}}}");

        Run packageRun = run(UNSORTED_RELEASES, "compile", "--schema", packageSchema.toString());
        Run noDateRun = run(UNSORTED_RELEASES, "compile", "--schema", noDate.toString());

        assertThat(packageRun.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(packageRun.err())
                .isEqualTo(
                        "ocds compile: " + packageSchema + ": not a release schema: it has no "
                                + "properties.ocid or properties.date (give release-schema.json, patched with extensions if need be)\n");
        assertThat(noDateRun.err())
                .startsWith("ocds compile: " + noDate + ": not a release schema: it has no properties.date (");
        assertThat(packageRun.out()).isEmpty();
    }

    @Test
    void aReleaseSchemaOfOneFileIsUsed() throws IOException {
        Path schema = Files.writeString(dir.resolve("release-schema.json"), """
                {"properties": {"ocid": {"type": "string"}, "id": {"type": "string"}, "date": {"type": "string"},
                 "tender": {"type": "object", "properties": {"title": {"type": "string"}}}}}
                """);

        Run run = run(UNSORTED_RELEASES, "compile", "--schema", schema.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "flatten", "coverage"})
    void aZipArchiveIsReadByCompileOnly(String command) throws IOException {
        Path zip = dir.resolve("compiled.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("compiled.jsonl"));
            out.write((COMPILED_A + "\n").getBytes(StandardCharsets.UTF_8));
        }

        Run run = run("", withOutputDirectory(command, zip));
        Run compile = run("", "compile", zip.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err())
                .isEqualTo("ocds " + command + ": " + zip
                        + ": cannot read: zip archives are read by compile only (unzip it first)\n");
        assertThat(files(dir.resolve("out"))).isEmpty();
        assertThat(compile.code()).isZero();
        assertThat(compile.outLines()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "export", "flatten", "coverage"})
    void aTruncatedGzipFailsAtTheLineWhereItsDataEnds(String command) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append("{\"ocid\":\"ocds-").append(i).append("\",\"date\":\"2020-01-01\",\"tag\":[\"compiled\"]}\n");
        }
        byte[] gzip = gzip(lines.toString());
        Path truncated = Files.write(dir.resolve("compiled.jsonl.gz"), Arrays.copyOf(gzip, gzip.length / 2));
        long lastLine = readableText(truncated).lines().count();

        Run run = run("", withOutputDirectory(command, truncated));

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(lastLine).isGreaterThan(1000);
        assertThat(run.err())
                .startsWith("ocds " + command + ": " + truncated + ":" + lastLine + ":")
                .contains("truncated");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aStringLongerThanTheReaderAllowsFailsNamingFileAndPosition() throws IOException {
        Path input = dir.resolve("releases.jsonl");
        try (var out = Files.newBufferedWriter(input)) {
            out.write(
                    "{\"ocid\": \"ocds-a\", \"id\": \"1\"}\n{\"ocid\": \"ocds-b\", \"id\": \"1\", \"description\": \"");
            char[] block = new char[1 << 20];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 96; i++) {
                out.write(block);
            }
            out.write("\"}\n");
        }

        Run run = run("", "compile", input.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err())
                .startsWith("ocds compile: " + input + ":2:")
                .contains(": a value is too long to read: String value length");
        assertThat(run.err().lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"uri":"x","records":[{"ocid":"a","releases":[]}]}       | a record package, not a compiled release
            {"uri":"x","releases":[{"ocid":"a","tag":["compiled"]}]} | a release package, not a compiled release
            {"ocid":"a","releases":[],"compiledRelease":{}}          | a record, not a compiled release
            {"ocid":"a","tag":["tender"]}                            | a release tagged ["tender"], not a compiled release (tagged ["compiled"])
            {"ocid":"a"}                                             | a release without a tag, not a compiled release (tagged ["compiled"])
            """)
    void exportRefusesWhatIsNotACompiledReleaseSayingWhy(String line, String reason) throws IOException {
        Path input = Files.writeString(dir.resolve("input.jsonl"), COMPILED_A + "\n" + line + "\n");

        Run run = run("", "export", "--output-dir", dir.resolve("out").toString(), input.toString());

        assertThat(run.code()).isEqualTo(OcdsCommand.INPUT_ERROR);
        assertThat(run.err())
                .isEqualTo("ocds export: " + input + ":2:1: " + reason
                        + ": export takes compiled releases, e.g. from ocds compile\n");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    @Test
    void exportTakesWhatCompileWrites() throws IOException {
        Path compiled = dir.resolve("compiled.jsonl");
        Files.writeString(compiled, run(UNSORTED_RELEASES, "compile").out());

        Run run = run("", "export", "--output-dir", dir.resolve("out").toString(), compiled.toString());

        assertThat(run.code()).isZero();
        assertThat(files(dir.resolve("out"))).containsExactly("2020.jsonl.gz", "2021.jsonl.gz", "full.jsonl.gz");
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

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = OcdsCommand.execute(
                args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, new PrintWriter(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** The command line of a command on one input, with an output directory if the command writes files. */
    private String[] withOutputDirectory(String command, Path input) {
        return command.equals("compile") || command.equals("coverage")
                ? new String[] {command, input.toString()}
                : new String[] {command, "--output-dir", dir.resolve("out").toString(), input.toString()};
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The text a truncated gzip file gives before it fails. */
    private static String readableText(Path gzip) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.write(buffer, 0, n);
            }
        } catch (EOFException expected) {
            // the text so far is what any reader gets
        }
        return text.toString(StandardCharsets.UTF_8);
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
