package org.dataregistry.ocds.coverage;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.read.JsonLinesInput;
import org.dataregistry.ocds.read.OcdsReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCounterTest {

    @TempDir
    Path dir;

    /** Cardinal's test vector {@code tests/fixtures/coverage/mixed_object}: what counts as non-empty. */
    @Test
    void onlyNonEmptyValuesCountAsCardinalCountsThem() {
        CoverageReport report = count("""
                {"x":[{"y":null},{"y":false},{"y":0},{"y":""},{"y":[]},{"y":{}},{"y":"0"},{"y":[0]},{"y":{"a":0}}]}
                """, null);

        assertThat(report.coverage())
                .containsExactly(
                        entry("", 1L),
                        entry("/", 1L),
                        entry("/x", 1L),
                        entry("/x[]", 5L),
                        entry("/x[]/", 5L),
                        entry("/x[]/y", 5L),
                        entry("/x[]/y/", 1L),
                        entry("/x[]/y/a", 1L),
                        entry("/x[]/y[]", 1L));
    }

    /** Cardinal's test vector {@code tests/fixtures/coverage/mixed_array}: a top-level array. */
    @Test
    void elementsOfATopLevelArrayCountUnderBrackets() {
        CoverageReport report = count("[null,false,0,\"\",[],{},\"0\",[0],{\"a\":0}]\n", null);

        assertThat(report.coverage())
                .containsExactly(
                        entry("", 1L), entry("[]", 5L), entry("[]/", 1L), entry("[]/a", 1L), entry("[][]", 1L));
    }

    @Test
    void theFourteenCountsSumTheirPaths() {
        CoverageReport report = count("""
                {"ocid":"a","tender":{"items":[{"id":"1"},{"id":"2"}],"tenderers":[{"id":"t"}],"documents":[{"id":"d"}]},
                 "planning":{"milestones":[{"id":"m"}]},"parties":[{"id":"p"}],
                 "awards":[{"id":"a1","items":[{"id":"i"}],"suppliers":[{"id":"s"}],"documents":[{"id":"d"},{"id":"e"}],
                   "amendments":[{"id":"x"}]}],
                 "contracts":[{"id":"c","items":[{"id":"i"}],"implementation":{"transactions":[{"id":"t"},{}]}}]}
                {"ocid":"b","tender":{"items":[]}}
                """, null);

        assertThat(report.counts()).isEqualTo(new CoverageCounts(1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1));
        assertThat(report.counts().byJobField())
                .containsEntry("documents_count", 3L)
                .hasSize(14);
        assertThat(report.ocidCount()).isEqualTo(2);
        assertThat(report.lines()).isEqualTo(2);
    }

    @Test
    void dateRangeSpansTheTopLevelDatesAfter1970UpToTheLastDay() {
        CoverageReport report = count("""
                {"date":"2020-05-01T00:00:00Z","awards":[{"date":"2030-01-01"}]}
                {"date":"1970-01-01"}
                {"date":"2019-01-02T00:00:00Z"}
                {"date":"2026-11-29T00:00:00Z"}
                {"date":2000}
                {}
                """, LocalDate.of(2026, 11, 28));

        assertThat(report.dateFrom()).isEqualTo("2019-01-02T00:00:00Z");
        assertThat(report.dateTo()).isEqualTo("2020-05-01T00:00:00Z");
    }

    @Test
    void gzipInputIsRecognisedByItsContent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{\"ocid\":\"a\"}\n{\"ocid\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("releases.jsonl");
        Files.write(file, bytes.toByteArray());

        CoverageCounter counter = new CoverageCounter(null);
        counter.addAll(file);

        assertThat(counter.report().ocidCount()).isEqualTo(2);
    }

    @Test
    void invalidJsonIsAnErrorNamingFileAndLine() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"ocid\":\"a\"}\n{\"ocid\":}\n");

        assertThatThrownBy(() -> new CoverageCounter(null).addAll(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + ":2:");
    }

    private static CoverageReport count(String lines, LocalDate lastDay) {
        CoverageCounter counter = new CoverageCounter(lastDay);
        try (JsonLinesInput input =
                JsonLinesInput.open(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "test.jsonl")) {
            counter.addAll(input);
        }
        return counter.report();
    }
}
