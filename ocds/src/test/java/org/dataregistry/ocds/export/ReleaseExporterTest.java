package org.dataregistry.ocds.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.StagedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class ReleaseExporterTest {

    private static final String R2020A = "{\"ocid\":\"a\",\"date\":\"2020-05-01T00:00:00Z\"}";
    private static final String R2019 = "{\"ocid\":\"b\",\"date\":\"2019-12-31T23:59:59Z\"}";
    private static final String R2020B = "{\"ocid\":\"c\",\"nested\":{\"date\":\"1999-01-01\"},\"date\":\"2020-01\"}";
    private static final String UNDATED = "{\"ocid\":\"d\",\"date\":null}";

    @TempDir
    Path dir;

    @Test
    void everyReleaseGoesToFullAndToItsYearOrUndated() throws IOException {
        ExportSummary result;
        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            for (String line : List.of(R2020A, R2019, R2020B, UNDATED)) {
                exporter.writeLine(line);
            }
            result = exporter.finish();
        }

        assertThat(lines("full.jsonl.gz")).containsExactly(R2020A, R2019, R2020B, UNDATED);
        assertThat(lines("2020.jsonl.gz")).containsExactly(R2020A, R2020B);
        assertThat(lines("2019.jsonl.gz")).containsExactly(R2019);
        assertThat(lines("undated.jsonl.gz")).containsExactly(UNDATED);
        assertThat(result.files())
                .extracting(WrittenFile::name)
                .containsExactly("full.jsonl.gz", "2019.jsonl.gz", "2020.jsonl.gz", "undated.jsonl.gz");
        assertThat(result.files()).extracting(WrittenFile::lines).containsExactly(4L, 1L, 2L, 1L);
        assertThat(result.releases()).isEqualTo(4);
        WrittenFile full = result.files().getFirst();
        assertThat(full.bytes()).isEqualTo(Files.size(dir.resolve("full.jsonl.gz")));
        assertThat(full.uncompressedBytes())
                .isEqualTo(Stream.of(R2020A, R2019, R2020B, UNDATED)
                        .mapToLong(line -> line.length() + 1)
                        .sum());
    }

    @Test
    void objectsAreSerializedCompactlyAndFiledByTheirDate() throws IOException {
        ObjectNode release =
                OcdsJson.mapper().createObjectNode().put("ocid", "a").put("date", "2021-03-04");
        ObjectNode missingDate = OcdsJson.mapper().createObjectNode().put("ocid", "b");

        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            exporter.write(release);
            exporter.write(missingDate);
            exporter.finish();
        }

        assertThat(lines("2021.jsonl.gz")).containsExactly("{\"ocid\":\"a\",\"date\":\"2021-03-04\"}");
        assertThat(lines("undated.jsonl.gz")).containsExactly("{\"ocid\":\"b\"}");
    }

    @Test
    void filesAppearOnlyWhenFinished() throws IOException {
        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            exporter.writeLine(R2019);

            assertThat(visibleFiles()).isEmpty();
            exporter.finish();
        }
        assertThat(visibleFiles()).containsExactly("2019.jsonl.gz", "full.jsonl.gz");
        assertThat(allFiles()).containsExactly("2019.jsonl.gz", "full.jsonl.gz");
    }

    @Test
    void anAbandonedExportLeavesThePreviousFilesAndNoTemporaryFile() throws IOException {
        export(R2019);

        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            exporter.writeLine(R2020A);
        }

        assertThat(allFiles()).containsExactly("2019.jsonl.gz", "full.jsonl.gz");
        assertThat(lines("full.jsonl.gz")).containsExactly(R2019);
    }

    @Test
    void aRerunReplacesFilesAndRemovesYearsItNoLongerHas() throws IOException {
        export(R2019, R2020A);

        ExportSummary rerun = export(R2020A);

        assertThat(allFiles()).containsExactly("2020.jsonl.gz", "full.jsonl.gz");
        assertThat(lines("full.jsonl.gz")).containsExactly(R2020A);
        assertThat(rerun.removed()).containsExactly("2019.jsonl.gz");
    }

    @Test
    void temporaryFilesOfACrashedRunAreDeleted() throws IOException {
        Path stale = StagedFile.temporaryOf(dir.resolve("1998.jsonl.gz"));
        Files.writeString(stale, "partial");
        Path unrelated = dir.resolve("notes.txt");
        Files.writeString(unrelated, "kept");

        export(R2019);

        assertThat(allFiles()).containsExactly("2019.jsonl.gz", "full.jsonl.gz", "notes.txt");
    }

    @Test
    void noReleasesWriteNoFile() throws IOException {
        ExportSummary result = export();

        assertThat(result.files()).isEmpty();
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void aLineThatIsNotOneJsonObjectIsRejected() throws IOException {
        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            assertThatThrownBy(() -> exporter.writeLine("[1]"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a JSON object");
            assertThatThrownBy(() -> exporter.writeLine("{\"a\":1} {}")).hasMessage("not one JSON object");
            assertThatThrownBy(() -> exporter.writeLine("{\"a\":")).hasMessageStartingWith("invalid JSON");
        }
    }

    private ExportSummary export(String... lines) throws IOException {
        try (ReleaseExporter exporter = ReleaseExporter.open(dir)) {
            for (String line : lines) {
                exporter.writeLine(line);
            }
            return exporter.finish();
        }
    }

    private List<String> lines(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(name)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<String> visibleFiles() throws IOException {
        return allFiles().stream().filter(name -> !name.startsWith(".")).toList();
    }

    private List<String> allFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
