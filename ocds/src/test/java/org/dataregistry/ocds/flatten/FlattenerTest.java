package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.read.OcdsReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlattenerTest {

    @TempDir
    Path dir;

    private final Flattener flattener = new Flattener(FlattenOptions.defaults());

    @Test
    void dataRegistryFixtureGivesItsMainCsvWithoutTheLinkColumn() throws IOException {
        FlattenSummary result = flattener.flatten(Fixtures.path("exports/2000.jsonl.gz"), dir);

        Map<String, String> published = FlattenedFiles.tarEntries(Fixtures.path("exports/2000.csv.tar.gz"));
        Map<String, String> ours = FlattenedFiles.tarEntries(dir.resolve("2000.csv.tar.gz"));
        assertThat(ours.keySet())
                .containsExactlyElementsOf(published.keySet())
                .containsExactly("2000/", "2000/main.csv");
        assertThat(ours.get("2000/main.csv"))
                .isEqualTo(withoutFirstColumn(published.get("2000/main.csv")))
                .isEqualTo("ocid,id,date,tag,initiationType\nocds-213czf-1,1,2001-02-03T04:05:06Z,planning,tender\n");
        assertThat(result.csvArchive()).isEqualTo(dir.resolve("2000.csv.tar.gz"));
        assertThat(result.tables()).containsExactly(new FlatTable("main", "main.csv", "main", 1, 5));
    }

    @Test
    void dataRegistryFixtureGivesItsXlsxHeadersAndValuesWithoutTheLinkColumn() throws IOException {
        FlattenSummary result = flattener.flatten(Fixtures.path("exports/2000.jsonl.gz"), dir);

        List<List<String>> published =
                FlattenedFiles.sheets(Fixtures.path("exports/2000.xlsx")).get("2000");
        Map<String, List<List<String>>> ours = FlattenedFiles.sheets(dir.resolve("2000.xlsx"));
        assertThat(ours.keySet()).containsExactly("main");
        assertThat(ours.get("main"))
                .isEqualTo(published.stream()
                        .map(row -> row.subList(1, row.size()))
                        .toList());
        assertThat(result.xlsx()).isEqualTo(dir.resolve("2000.xlsx"));
        assertThat(result.xlsxSkipped()).isNull();
    }

    /** libflatterer's snapshot {@code basic.jl-nolink-pushdown}: flatterer's column order, swap-remove included. */
    @Test
    void columnsComeInFlatterersOrderWithPushdownAfterTheRowsOwn() throws IOException {
        Path input = write("basic.jsonl", """
                {"id": 1, "developer": [{"name": "deva"}], "platforms": [{"name": "PC"}], "rating": {"code": "E", "name": "Everyone"}, "releaseDate": "2015-01-01", "title": "A Game"}
                {"id": 2, "developer": [{"name": "devb"}], "platforms": [{"name": "Xbox"}, {"name": "Playstation"}], "rating": {"code": "E", "name": "Everyone"}, "releaseDate": "2016-01-01", "title": "B Game"}
                """);

        flattener.flatten(input, dir);

        Map<String, String> csv = FlattenedFiles.tarEntries(dir.resolve("basic.csv.tar.gz"));
        assertThat(csv.get("basic/main.csv")).isEqualTo("""
                id,title,releaseDate,rating_code,rating_name
                1,A Game,2015-01-01,E,Everyone
                2,B Game,2016-01-01,E,Everyone
                """);
        assertThat(csv.get("basic/platforms.csv")).isEqualTo("name,main_id\nPC,1\nXbox,2\nPlaystation,2\n");
        assertThat(csv.keySet())
                .containsExactly("basic/", "basic/developer.csv", "basic/main.csv", "basic/platforms.csv");
    }

    @Test
    void ocdsArraysOfObjectsBecomeTablesNamedByPathWithTheirAncestorsIdentifiers() throws IOException {
        Path input = write("full.jsonl", """
                {"ocid": "ocds-1", "id": "r1", "parties": [{"id": "p1", "roles": ["buyer", "procuringEntity"]}], "tender": {"id": "t1", "value": {"amount": 1.50, "currency": "GBP"}, "items": [{"id": "i1"}]}, "awards": [{"id": "a1", "suppliers": [{"id": "s1", "name": "S"}]}], "contracts": [{"id": "c1", "implementation": {"transactions": [{"id": "x1"}]}}]}
                """);

        FlattenSummary result = flattener.flatten(input, dir);

        // flatterer meets a release's arrays before its nested objects, so tender_items comes last
        assertThat(result.tables())
                .extracting(FlatTable::name)
                .containsExactly(
                        "main",
                        "parties",
                        "awards",
                        "awards_suppliers",
                        "contracts",
                        "contracts_implementation_transactions",
                        "tender_items");
        assertThat(result.tables())
                .extracting(FlatTable::sheet)
                .containsExactly(
                        "main",
                        "parties",
                        "awards",
                        "awards_suppliers",
                        "contracts",
                        "contract_implemen_transactions",
                        "tender_items");
        Map<String, String> csv = FlattenedFiles.tarEntries(dir.resolve("full.csv.tar.gz"));
        assertThat(csv.get("full/main.csv"))
                .isEqualTo("ocid,id,tender_id,tender_value_amount,tender_value_currency\nocds-1,r1,t1,1.50,GBP\n");
        assertThat(csv.get("full/parties.csv"))
                .isEqualTo("id,roles,main_ocid,main_id\np1,\"buyer,procuringEntity\",ocds-1,r1\n");
        assertThat(csv.get("full/tender_items.csv")).isEqualTo("id,main_ocid,main_id,tender_id\ni1,ocds-1,r1,t1\n");
        assertThat(csv.get("full/awards_suppliers.csv"))
                .isEqualTo("id,name,main_ocid,main_id,awards_id\ns1,S,ocds-1,r1,a1\n");
        assertThat(csv.get("full/contracts_implementation_transactions.csv"))
                .isEqualTo("id,main_ocid,main_id,contracts_id\nx1,ocds-1,r1,c1\n");
        assertThat(List.copyOf(csv.keySet())).isSorted();
    }

    @Test
    void listsOfStringsAreOneCsvCellMixedArraysAreJsonAndEmptyArraysAreDropped() throws IOException {
        Path input = write("arrays.jsonl", """
                {"ocid": "a", "tag": ["a,b", "c\\"d", " e "], "mixed": [1, "x", null, {"k": "v\\n"}], "none": [], "nested": [[1], [2]]}
                """);

        flattener.flatten(input, dir);

        String main =
                FlattenedFiles.tarEntries(dir.resolve("arrays.csv.tar.gz")).get("arrays/main.csv");
        assertThat(main)
                .isEqualTo(
                        "ocid,tag,mixed,nested\n"
                                + "a,\"\"\"a,b\"\",\"\"c\"\"\"\"d\"\", e\",\"[1,\"\"x\"\",null,{\"\"k\"\":\"\"v\\n\"\"}]\",\"[[1],[2]]\"\n");
    }

    @Test
    void rowsWithoutCellsAreWrittenOnlyOnceTheTableHasColumnsAndALoneEmptyFieldIsQuoted() throws IOException {
        Path input = write("empty.jsonl", """
                {}
                {"x": {}, "none": []}
                {"ocid": "a"}
                {}
                {"ocid": null}
                {"ocid": ""}
                {"ocid": "b,c"}
                """);

        for (int chunkBytes : new int[] {1, 1 << 20}) {
            new Flattener(FlattenOptions.defaults(), 2, chunkBytes).flatten(input, dir);

            assertThat(FlattenedFiles.tarEntries(dir.resolve("empty.csv.tar.gz"))
                            .get("empty/main.csv"))
                    .as("chunks of %d bytes", chunkBytes)
                    .isEqualTo("ocid\na\n\"\"\n\"\"\n\"\"\n\"b,c\"\n");
            assertThat(FlattenedFiles.sheets(dir.resolve("empty.xlsx")).get("main"))
                    .containsExactly(List.of("ocid"), List.of("a"), List.of(), List.of(), List.of(""), List.of("b,c"));
        }
    }

    @Test
    void theOutputsDoNotDependOnHowTheInputIsCutIntoChunksNorOnTheThreads() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            // columns and tables appear late, rows without cells come and go, texts need quoting
            lines.append("{\"ocid\": \"ocds-").append(i).append('"');
            if (i % 7 == 0) {
                lines.append(", \"tag\": [\"a,b\", \"c\"]");
            }
            if (i > 100) {
                lines.append(", \"title\": \"say \\\"").append(i).append("\\\"\\nnow\"");
            }
            if (i % 5 == 0) {
                lines.append(", \"awards\": [{}, {\"id\": ").append(i).append("}, {\"value\": {\"amount\": 1.50}}]");
            }
            if (i % 11 == 3) {
                lines.append(", \"contracts\": [{\"items\": [{\"id\": \"x\"}], \"title\": \"é€𝄞\"}]");
            }
            lines.append("}\n");
            if (i % 13 == 0) {
                lines.append("{}\n[1]\n");
            }
        }
        Path input = write("chunks.jsonl", lines.toString());

        new Flattener(FlattenOptions.defaults(), 1, 1 << 20).flatten(input, dir);
        Map<String, String> whole = FlattenedFiles.tarEntries(dir.resolve("chunks.csv.tar.gz"));
        Map<String, List<List<String>>> wholeSheets = FlattenedFiles.sheets(dir.resolve("chunks.xlsx"));
        for (int chunkBytes : new int[] {1, 100, 4096}) {
            new Flattener(FlattenOptions.defaults(), 3, chunkBytes).flatten(input, dir);

            assertThat(FlattenedFiles.tarEntries(dir.resolve("chunks.csv.tar.gz")))
                    .isEqualTo(whole);
            assertThat(FlattenedFiles.sheets(dir.resolve("chunks.xlsx"))).isEqualTo(wholeSheets);
        }
        assertThat(whole.keySet())
                .containsExactly(
                        "chunks/",
                        "chunks/awards.csv",
                        "chunks/contracts.csv",
                        "chunks/contracts_items.csv",
                        "chunks/main.csv");
        assertThat(whole.get("chunks/awards.csv")).startsWith("id,main_ocid,value_amount\n0,ocds-0,\n,ocds-0,1.50\n");
        assertThat(whole.get("chunks/main.csv"))
                .startsWith("ocid,tag,title\nocds-0,\"\"\"a,b\"\",c\",\n,,\nocds-1,,\n");
        assertThat(whole.get("chunks/main.csv")).contains("\nocds-101,,\"say \"\"101\"\"\nnow\"\n");
        assertThat(whole.get("chunks/contracts.csv"))
                .isEqualTo("title,main_ocid\n"
                        + "é€𝄞,ocds-3\n".repeat(1) + "é€𝄞,ocds-14\né€𝄞,ocds-25\né€𝄞,ocds-36\né€𝄞,ocds-47\n"
                        + "é€𝄞,ocds-58\né€𝄞,ocds-69\né€𝄞,ocds-80\né€𝄞,ocds-91\né€𝄞,ocds-102\né€𝄞,ocds-113\n"
                        + "é€𝄞,ocds-124\né€𝄞,ocds-135\né€𝄞,ocds-146\né€𝄞,ocds-157\né€𝄞,ocds-168\né€𝄞,ocds-179\n"
                        + "é€𝄞,ocds-190\né€𝄞,ocds-201\né€𝄞,ocds-212\né€𝄞,ocds-223\né€𝄞,ocds-234\né€𝄞,ocds-245\n"
                        + "é€𝄞,ocds-256\né€𝄞,ocds-267\né€𝄞,ocds-278\né€𝄞,ocds-289\n");
    }

    @Test
    void identifiersArePushedDownOnlyWhenNotNull() throws IOException {
        Path input = write("nulls.jsonl", """
                {"ocid": null, "id": "r1", "awards": [{"value": 1}]}
                """);

        flattener.flatten(input, dir);

        assertThat(FlattenedFiles.tarEntries(dir.resolve("nulls.csv.tar.gz")).get("nulls/awards.csv"))
                .isEqualTo("value,main_id\n1,r1\n");
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws IOException {
        Path input = write("typed.jsonl", """
                {"ocid": "a", "id": "007", "amount": 1.5, "huge": 12345678901234567890, "flag": true, "awards": [{"id": 1}]}
                """);

        flattener.flatten(input, dir);

        Map<String, List<List<String>>> sheets = FlattenedFiles.sheets(dir.resolve("typed.xlsx"));
        assertThat(sheets.keySet()).containsExactly("main", "awards");
        assertThat(sheets.get("main"))
                .containsExactly(
                        List.of("ocid", "id", "amount", "huge", "flag"),
                        List.of("a", "007", "1.5", "12345678901234567890", "true"));
        assertThat(sheets.get("awards"))
                .containsExactly(List.of("id", "main_ocid", "main_id"), List.of("1", "a", "007"));
    }

    @Test
    void cellsLongerThanExcelAllowsAreTruncatedInTheXlsxOnly() throws IOException {
        String longText = "x".repeat(40_000);
        Path input = write("long.jsonl", "{\"text\": \"" + longText + "\"}\n");

        FlattenSummary result = flattener.flatten(input, dir);

        assertThat(result.truncatedCells()).isEqualTo(1);
        assertThat(FlattenedFiles.sheets(dir.resolve("long.xlsx"))
                        .get("main")
                        .get(1)
                        .getFirst())
                .hasSize(32_767);
        assertThat(FlattenedFiles.tarEntries(dir.resolve("long.csv.tar.gz")).get("long/main.csv"))
                .isEqualTo("text\n" + longText + "\n");
    }

    @Test
    void inputFromTheLimitUpGetsOnlyCsvWithTheReason() throws IOException {
        Path input = write("big.jsonl", "{\"ocid\": \"a\"}\n");

        FlattenSummary result = new Flattener(FlattenOptions.defaults().withMaxXlsxInputBytes(14)).flatten(input, dir);

        assertThat(result.xlsx()).isNull();
        assertThat(result.xlsxSkipped()).isEqualTo("the uncompressed input has 14 bytes, the limit for an XLSX is 14");
        assertThat(files()).containsExactly("big.csv.tar.gz", "big.jsonl");
    }

    @Test
    void anXlsxOfAnEarlierRunIsRemovedWhenNoneIsMade() throws IOException {
        Path input = write("grown.jsonl", "{\"ocid\": \"a\"}\n");
        flattener.flatten(input, dir);
        assertThat(dir.resolve("grown.xlsx")).exists();

        new Flattener(FlattenOptions.defaults().withMaxXlsxInputBytes(1)).flatten(input, dir);

        assertThat(files()).containsExactly("grown.csv.tar.gz", "grown.jsonl");
    }

    @Test
    void aSheetBeyondExcelsRowsGetsOnlyCsvWithTheReason() throws IOException {
        Path input = dir.resolve("rows.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            byte[] line = "{\"a\":1}\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < XlsxBook.MAX_DATA_ROWS + 1; i++) {
                out.write(line);
            }
        }

        FlattenSummary result = flattener.flatten(input, dir);

        assertThat(result.xlsxSkipped())
                .isEqualTo("table main has 1048576 rows, a sheet holds 1048575 below its header");
        assertThat(files()).containsExactly("rows.csv.tar.gz", "rows.jsonl.gz");
    }

    @Test
    void withoutXlsxOnlyTheCsvArchiveIsMade() throws IOException {
        Path input = write("plain.jsonl", "{\"ocid\": \"a\"}\n");

        FlattenSummary result = new Flattener(FlattenOptions.defaults().withXlsx(false)).flatten(input, dir);

        assertThat(result.xlsxSkipped()).isEqualTo("not requested");
        assertThat(files()).containsExactly("plain.csv.tar.gz", "plain.jsonl");
    }

    @Test
    void invalidJsonFailsNamingTheLineAndLeavesNoOutput() throws IOException {
        Path input = write("broken.jsonl", "{\"ocid\": \"a\"}\n{\"ocid\": \"b\"}\n{\"ocid\": }\n");

        assertThatThrownBy(() -> flattener.flatten(input, dir))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(input + ":3:");
        assertThat(files()).containsExactly("broken.jsonl");
    }

    @Test
    void aRerunReplacesOutputsAndCleansUpACrashedRun() throws IOException {
        Path input = write("again.jsonl", "{\"ocid\": \"a\"}\n");
        flattener.flatten(input, dir);
        Files.writeString(StagedFile.temporaryOf(dir.resolve("again.xlsx")), "partial");
        Files.createDirectories(dir.resolve(".again.csv-123/nested"));
        write("again.jsonl", "{\"ocid\": \"b\"}\n");

        flattener.flatten(input, dir);

        assertThat(files()).containsExactly("again.csv.tar.gz", "again.jsonl", "again.xlsx");
        assertThat(FlattenedFiles.tarEntries(dir.resolve("again.csv.tar.gz")).get("again/main.csv"))
                .isEqualTo("ocid\nb\n");
    }

    @Test
    void nonObjectValuesAreSkippedAndCounted() throws IOException {
        Path input = write("mixed.jsonl", "{\"ocid\": \"a\"}\n[1]\n\"text\"\n");

        FlattenSummary result = flattener.flatten(input, dir);

        assertThat(result.values()).isEqualTo(3);
        assertThat(result.skippedValues()).isEqualTo(2);
        assertThat(result.inputBytes()).isEqualTo(Files.size(input));
    }

    @Test
    void reportsTheReleasesFlattenedThenTheRowsWrittenOfAllTables() throws IOException {
        Path input = write("full.jsonl", """
                {"ocid": "ocds-1", "id": "r1", "awards": [{"id": "a1"}, {"id": "a2"}]}

                {"ocid": "ocds-2", "id": "r2"}
                """);
        List<String> reports = new ArrayList<>();

        new Flattener(FlattenOptions.defaults(), 1, 16).flatten(input, dir, new FlattenProgress() {
            @Override
            public void valuesFlattened(long values) {
                reports.add(values + " flattened");
            }

            @Override
            public void rowsWritten(long rows, long totalRows) {
                reports.add(rows + "/" + totalRows + " written");
            }
        });

        // Two releases in main, two awards: four rows.
        assertThat(reports)
                .containsSubsequence("2 flattened", "0/4 written", "4/4 written")
                .filteredOn(report -> report.endsWith("flattened"))
                .last()
                .isEqualTo("2 flattened");
    }

    @Test
    void aProgressListenerThatThrowsStopsTheFlatteningAndLeavesNothing() throws IOException {
        Path input = write("full.jsonl", "{\"ocid\": \"ocds-1\", \"id\": \"r1\"}\n");

        assertThatThrownBy(() -> flattener.flatten(input, dir, new FlattenProgress() {
                    @Override
                    public void valuesFlattened(long values) {}

                    @Override
                    public void rowsWritten(long rows, long totalRows) {
                        throw new IllegalStateException("cancelled");
                    }
                }))
                .hasMessage("cancelled");

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("full.jsonl");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String withoutFirstColumn(String csv) {
        return Arrays.stream(csv.split("\n"))
                .map(line -> line.substring(line.indexOf(',') + 1))
                .reduce("", (text, line) -> text + line + "\n");
    }
}
