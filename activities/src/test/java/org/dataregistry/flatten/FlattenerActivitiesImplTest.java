package org.dataregistry.flatten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.export.ActivityFailures.applicationFailure;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dataregistry.export.ReleaseFixture;
import org.dataregistry.job.FilesProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.task.FailureTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlattenerActivitiesImplTest {

    static final long JOB = 7;
    static final FlattenProperties DEFAULTS = new FlattenProperties(2, 1L << 30);

    @TempDir
    Path root;

    JobFiles files;
    Path exports;
    TestActivityEnvironment env;

    @BeforeEach
    void setUp() {
        files = new JobFiles(new FilesProperties(root));
        exports = files.exportDir(JOB);
        env = TestActivityEnvironment.newInstance();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void flattensAnExportIntoFlattererNamedCsvTablesAndAnXlsx() throws IOException {
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), ReleaseFixture.lines());

        FlattenResult result = flattener(DEFAULTS).flatten(new FlattenRequest(JOB, "full.jsonl.gz"));

        assertThat(result).isEqualTo(new FlattenResult("full.csv.tar.gz", "full.xlsx", null));
        assertThat(ReleaseFixture.names(exports)).containsExactly("full.csv.tar.gz", "full.jsonl.gz", "full.xlsx");
        Map<String, String> csv = tarEntries(exports.resolve("full.csv.tar.gz"));
        assertThat(csv)
                .containsKeys(
                        "full/main.csv",
                        "full/planning_documents.csv",
                        "full/tender_items.csv",
                        "full/awards.csv",
                        "full/awards_suppliers.csv",
                        "full/contracts_implementation_transactions.csv");
        List<String> main = csv.get("full/main.csv").lines().toList();
        assertThat(main).hasSize(5);
        assertThat(main.getFirst()).startsWith("tag,id,date,ocid,");
        assertThat(main.get(1)).contains("OCDS-87SD3T-AD-SF-DRM-063-2015");
        // Flatterer's pushdown: the release's ocid and id follow a child row's own columns.
        assertThat(csv.get("full/awards.csv").lines().findFirst().orElseThrow()).endsWith(",main_ocid,main_id");
        // Sheet names are cut to Excel's 31 characters the way flatterer cuts them.
        assertThat(sheetNames(exports.resolve("full.xlsx")))
                .startsWith("main")
                .contains("awards", "tender_items", "contract_implemen_transactions");
    }

    @Test
    void beyondTheExcelThresholdOnlyTheCsvIsMadeAndTheReasonGiven() throws IOException {
        ReleaseFixture.writeGzip(exports.resolve("2020.jsonl.gz"), ReleaseFixture.lines());
        Files.writeString(exports.resolve("2020.xlsx"), "made by an earlier attempt");

        FlattenResult result =
                flattener(new FlattenProperties(2, 1000)).flatten(new FlattenRequest(JOB, "2020.jsonl.gz"));

        assertThat(result.csv()).isEqualTo("2020.csv.tar.gz");
        assertThat(result.xlsx()).isNull();
        assertThat(result.xlsxSkippedReason()).contains("the limit for an XLSX is 1000");
        assertThat(ReleaseFixture.names(exports)).containsExactly("2020.csv.tar.gz", "2020.jsonl.gz");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x.jsonl.gz",
                "../../jobs/7/pull/compiled.jsonl.gz",
                "/etc/x.jsonl.gz",
                "full.csv.tar.gz",
                "2020.jsonl",
                "20201.jsonl.gz",
                ".full.jsonl.gz.partial",
                ""
            })
    void aNameThatIsNotAnExportFailsForGoodAndReadsNothing(String name) throws IOException {
        ReleaseFixture.writeGzip(root.resolve("exports/x.jsonl.gz"), ReleaseFixture.lines());
        Files.createDirectories(exports);

        ApplicationFailure failure =
                applicationFailure(() -> flattener(DEFAULTS).flatten(new FlattenRequest(JOB, name)));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(ReleaseFixture.names(root.resolve("exports"))).containsExactly("7", "x.jsonl.gz");
        assertThat(ReleaseFixture.names(exports)).isEmpty();
    }

    @Test
    void aYearWithFewerDigitsIsAnExportToo() throws IOException {
        // The year rule writes a typo'd date such as 0201-05-01 to 201.jsonl.gz.
        ReleaseFixture.writeGzip(exports.resolve("201.jsonl.gz"), ReleaseFixture.lines());

        FlattenResult result = flattener(DEFAULTS).flatten(new FlattenRequest(JOB, "201.jsonl.gz"));

        assertThat(result.csv()).isEqualTo("201.csv.tar.gz");
    }

    @Test
    void aMissingExportFailsForGoodAsInputMissing() {
        ApplicationFailure failure =
                applicationFailure(() -> flattener(DEFAULTS).flatten(new FlattenRequest(JOB, "2019.jsonl.gz")));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INPUT_MISSING);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("The exported file 2019.jsonl.gz is gone: restart the job from the exporter.");
    }

    @Test
    void aTruncatedExportFailsForGoodAsInvalidDataLeavingNoPartialOutput() throws IOException {
        Path input = ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), ReleaseFixture.repeated(200));
        ReleaseFixture.truncate(input);

        ApplicationFailure failure =
                applicationFailure(() -> flattener(DEFAULTS).flatten(new FlattenRequest(JOB, "full.jsonl.gz")));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage()).contains("full.jsonl.gz").contains("truncated");
        assertThat(ReleaseFixture.names(exports)).containsExactly("full.jsonl.gz");
    }

    @Test
    void aRerunReplacesTheOutputsOfAnEarlierAttempt() throws IOException {
        List<String> lines = ReleaseFixture.lines();
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), lines);
        FlattenerActivities flattener = flattener(DEFAULTS);
        flattener.flatten(new FlattenRequest(JOB, "full.jsonl.gz"));
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), lines.subList(0, 1));

        flattener.flatten(new FlattenRequest(JOB, "full.jsonl.gz"));

        assertThat(ReleaseFixture.names(exports)).containsExactly("full.csv.tar.gz", "full.jsonl.gz", "full.xlsx");
        assertThat(tarEntries(exports.resolve("full.csv.tar.gz"))
                        .get("full/main.csv")
                        .lines())
                .hasSize(2);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exports.resolve("full.xlsx")))) {
            assertThat(book.getSheet("main").getLastRowNum()).isEqualTo(1);
        }
    }

    private FlattenerActivities flattener(FlattenProperties properties) {
        env.registerActivitiesImplementations(new FlattenerActivitiesImpl(files, properties));
        return env.newActivityStub(FlattenerActivities.class);
    }

    private static Map<String, String> tarEntries(Path archive) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<String> sheetNames(Path xlsx) throws IOException {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : book) {
                names.add(sheet.getSheetName());
            }
        }
        return names;
    }
}
