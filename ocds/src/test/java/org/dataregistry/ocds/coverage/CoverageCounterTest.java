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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.read.JsonLinesInput;
import org.dataregistry.ocds.read.OcdsReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCounterTest {

    @TempDir
    Path dir;

    @Test
    void countingChunksOnWorkersGivesTheReportOfOneCounterReadingInOrder() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            lines.append("{\"ocid\":\"ocds-")
                    .append(i)
                    .append("\",\"date\":\"20")
                    .append(10 + i % 15)
                    .append("-0")
                    .append(1 + i % 9)
                    .append("-01T00:00:00Z\"");
            if (i % 3 == 0) {
                lines.append(",\"awards\":[{\"id\":\"a\",\"items\":[{\"id\":\"")
                        .append(i)
                        .append("\"}]}]");
            }
            if (i % 7 == 0) {
                lines.append(",\"tender\":{\"title\":\"\",\"items\":[],\"v")
                        .append(i % 50)
                        .append("\":1}");
            }
            lines.append("}\n");
        }
        Path file = dir.resolve("compiled.jsonl");
        Files.writeString(file, lines);
        assertThat(Files.size(file)).as("several chunks").isGreaterThan(2L << 20);

        CoverageCounter inOrder = new CoverageCounter(LocalDate.of(2020, 1, 1));
        inOrder.addAll(file);
        List<Long> progress = new ArrayList<>();
        CoverageReport parallel = CoverageCounter.countAll(file, LocalDate.of(2020, 1, 1), 2, progress::add);

        assertThat(parallel).isEqualTo(inOrder.report());
        assertThat(parallel.lines()).isEqualTo(40_000);
        assertThat(progress).hasSizeGreaterThan(1).isSorted().last().isEqualTo(40_000L);
    }

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
