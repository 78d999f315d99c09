package org.dataregistry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dataregistry.export.ActivityFailures.applicationFailure;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dataregistry.job.FilesProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.process.SourceLimits;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterActivitiesImplTest {

    static final long JOB = 7;

    @TempDir
    Path root;

    JobFiles files;
    Path exports;
    TestActivityEnvironment env;
    TaskNotes taskNotes = mock(TaskNotes.class);

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
    void moreDistinctYearsThanTheLimitWriteOnlyTheFullAndUndatedFilesWithANote() throws IOException {
        List<String> lines = ReleaseFixture.lines();
        ReleaseFixture.writeGzip(files.stagingFile(JOB), lines);
        SourceLimits oneYear = new SourceLimits(null, null, 3, 250, 10_000, 1);

        ExportResult result = exporter(oneYear).export(JOB);

        assertThat(result.files())
                .extracting(ExportedFile::name, ExportedFile::lines)
                .containsExactly(tuple("full.jsonl.gz", 4L), tuple("undated.jsonl.gz", 1L));
        assertThat(ReleaseFixture.names(exports)).containsExactlyInAnyOrder("full.jsonl.gz", "undated.jsonl.gz");
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).isEqualTo(lines);
        verify(taskNotes)
                .replace(
                        JOB,
                        TaskType.EXPORTER,
                        List.of(new TaskNoteRecord(
                                "WARNING",
                                "The releases have more than 1 distinct years: no yearly files were written, only full.jsonl.gz and "
                                        + "undated.jsonl.gz (the setting DATA_REGISTRY_LIMITS_MAX_EXPORT_YEARS)",
                                Map.of("type", "TooManyYears", "limit", 1))));
    }

    @Test
    void anExportWithinTheYearLimitClearsAnEarlierNote() throws IOException {
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());

        exporter(new SourceLimits(null, null, 3, 250, 10_000, 2)).export(JOB);

        verify(taskNotes).replace(JOB, TaskType.EXPORTER, List.of());
    }

    @Test
    void splitsTheStagingFileByYearWithEveryLineAsItIsInFull() throws IOException {
        List<String> lines = ReleaseFixture.lines();
        ReleaseFixture.writeGzip(files.stagingFile(JOB), lines);

        ExportResult result = exporter().export(JOB);

        assertThat(result.files())
                .extracting(ExportedFile::name, ExportedFile::lines)
                .containsExactly(
                        tuple("full.jsonl.gz", 4L),
                        tuple("2019.jsonl.gz", 1L),
                        tuple("2020.jsonl.gz", 2L),
                        tuple("undated.jsonl.gz", 1L));
        for (ExportedFile file : result.files()) {
            assertThat(file.bytes()).as(file.name()).isEqualTo(Files.size(exports.resolve(file.name())));
        }
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).isEqualTo(lines);
        assertThat(ReleaseFixture.readGzip(exports.resolve("2019.jsonl.gz"))).containsExactly(lines.get(1));
        assertThat(ReleaseFixture.readGzip(exports.resolve("2020.jsonl.gz")))
                .containsExactly(lines.get(0), lines.get(2));
        assertThat(ReleaseFixture.readGzip(exports.resolve("undated.jsonl.gz"))).containsExactly(lines.get(3));
        assertThat(ReleaseFixture.names(exports))
                .containsExactly("2019.jsonl.gz", "2020.jsonl.gz", "full.jsonl.gz", "undated.jsonl.gz");
    }

    @Test
    void heartbeatsTheReleasesWritten() throws IOException {
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());
        List<TaskProgress> heartbeats = new CopyOnWriteArrayList<>();
        env.setActivityHeartbeatListener(TaskProgress.class, heartbeats::add);

        exporter().export(JOB);

        // Temporal sends the first heartbeat at once, as the export starts.
        assertThat(heartbeats).first().isEqualTo(new TaskProgress(0, 0, "compiled releases written", 0));
    }

    @Test
    void aRerunAfterAnInterruptedAttemptLeavesOnlyTheNewFiles() throws IOException {
        Files.createDirectories(exports);
        Files.writeString(exports.resolve(".full.jsonl.gz.partial"), "half of an earlier attempt");
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), List.of("{\"ocid\":\"earlier\"}"));
        ReleaseFixture.writeGzip(exports.resolve("2018.jsonl.gz"), List.of("{\"ocid\":\"earlier\"}"));
        Files.writeString(exports.resolve("2018.csv.tar.gz"), "flattened from the earlier 2018");
        Files.writeString(exports.resolve("2018.xlsx"), "flattened from the earlier 2018");
        Files.writeString(exports.resolve("2017.xlsx"), "left by an attempt that failed after exporting");
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());

        exporter().export(JOB);

        assertThat(ReleaseFixture.names(exports))
                .containsExactly("2019.jsonl.gz", "2020.jsonl.gz", "full.jsonl.gz", "undated.jsonl.gz");
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).isEqualTo(ReleaseFixture.lines());
    }

    @Test
    void withTheTemporaryDataWipedTheJobsOwnFullExportIsExportedAgainIntoIdenticalFiles() throws IOException {
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());
        ExporterActivities exporter = exporter();
        ExportResult first = exporter.export(JOB);
        Map<String, String> published = contents(exports);
        JobFiles.deleteRecursively(files.temporaryDir(JOB));

        ExportResult again = exporter.export(JOB);

        assertThat(again).isEqualTo(first);
        assertThat(contents(exports)).isEqualTo(published);
    }

    @Test
    void aFailedExportFromTheJobsFullExportLeavesItAsItWas() throws IOException {
        List<String> lines = new ArrayList<>(ReleaseFixture.repeated(200));
        lines.add("{\"ocid\": ");
        Path full = ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), lines);
        Map<String, String> published = contents(exports);

        ApplicationFailure failure = applicationFailure(() -> exporter().export(JOB));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.getOriginalMessage())
                .startsWith("The job's full.jsonl.gz can't be read")
                .contains(full + ":" + lines.size() + ":");
        assertThat(contents(exports)).isEqualTo(published);
    }

    @Test
    void cancellingAnExportFromTheJobsFullExportLeavesItAsItWas() throws IOException {
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), ReleaseFixture.lines());
        Map<String, String> published = contents(exports);
        env.requestCancelActivity();

        // The first heartbeat, as the export starts, learns of the cancellation.
        ExporterActivities exporter = exporter();
        assertThatThrownBy(() -> exporter.export(JOB)).isInstanceOf(CanceledFailure.class);

        assertThat(contents(exports)).isEqualTo(published);
    }

    @Test
    void theBuiltInProcessorsCompiledFileIsExportedAsAStagingFileWouldBe() throws IOException {
        List<String> lines = ReleaseFixture.lines();
        Path staged = ReleaseFixture.writeGzip(files.stagingFile(JOB), lines);
        ExporterActivities exporter = exporter();
        ExportResult fromStaging = exporter.export(JOB);
        List<String> full = ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"));
        Files.delete(staged);
        Files.createDirectories(files.compiledFile(JOB).getParent());
        Files.writeString(files.compiledFile(JOB), String.join("\n", lines) + "\n");

        assertThat(exporter.export(JOB)).isEqualTo(fromStaging);
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).isEqualTo(full);
    }

    @Test
    void withNeitherTheStagingFileNorAFullExportTheExportFailsForGoodAsInputMissing() {
        ApplicationFailure failure = applicationFailure(() -> exporter().export(JOB));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INPUT_MISSING);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("The pulled compiled releases are gone, and the job has "
                        + "no full.jsonl.gz to export again: restart the job from pull.");
        assertThat(exports).doesNotExist();
    }

    @Test
    void aTruncatedStagingFileFailsForGoodAsInvalidDataLeavingTheEarlierExportAlone() throws IOException {
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), List.of("{\"ocid\":\"earlier\"}"));
        // Large enough that lines are written before the end of what is left is reached.
        Path staging = ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.repeated(200));
        ReleaseFixture.truncate(staging);

        ApplicationFailure failure = applicationFailure(() -> exporter().export(JOB));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage()).contains(staging.toString()).contains("truncated");
        assertThat(ReleaseFixture.names(exports)).containsExactly("full.jsonl.gz");
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).containsExactly("{\"ocid\":\"earlier\"}");
    }

    @Test
    void aLineThatIsNotJsonFailsForGoodNamingItsLine() throws IOException {
        List<String> lines = new ArrayList<>(ReleaseFixture.lines());
        lines.add(2, "{\"ocid\": ");
        Path staging = ReleaseFixture.writeGzip(files.stagingFile(JOB), lines);

        ApplicationFailure failure = applicationFailure(() -> exporter().export(JOB));

        assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_DATA);
        assertThat(failure.getOriginalMessage()).contains(staging + ":3:");
        assertThat(ReleaseFixture.names(exports)).isEmpty();
    }

    @Test
    void cancellingStopsTheExportAndLeavesTheEarlierOneAlone() throws IOException {
        ReleaseFixture.writeGzip(exports.resolve("full.jsonl.gz"), List.of("{\"ocid\":\"earlier\"}"));
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());
        env.requestCancelActivity();

        // The first heartbeat, as the export starts, learns of the cancellation.
        ExporterActivities exporter = exporter();
        assertThatThrownBy(() -> exporter.export(JOB)).isInstanceOf(CanceledFailure.class);

        assertThat(ReleaseFixture.names(exports)).containsExactly("full.jsonl.gz");
        assertThat(ReleaseFixture.readGzip(exports.resolve("full.jsonl.gz"))).containsExactly("{\"ocid\":\"earlier\"}");
    }

    @Test
    void wipeDeletesTheExportDirectoryAndMayRunTwice() throws IOException {
        ReleaseFixture.writeGzip(files.stagingFile(JOB), ReleaseFixture.lines());
        ExporterActivities exporter = exporter();
        exporter.export(JOB);

        exporter.wipe(JOB);
        exporter.wipe(JOB);

        assertThat(exports).doesNotExist();
        assertThat(files.stagingFile(JOB)).exists();
    }

    /** Each file of the directory (hidden ones too) with its bytes in hex. */
    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String name : ReleaseFixture.names(directory)) {
            contents.put(name, HexFormat.of().formatHex(Files.readAllBytes(directory.resolve(name))));
        }
        return contents;
    }

    private ExporterActivities exporter() {
        return exporter(SourceLimits.defaults());
    }

    private ExporterActivities exporter(SourceLimits limits) {
        env.registerActivitiesImplementations(new ExporterActivitiesImpl(files, taskNotes, limits));
        return env.newActivityStub(ExporterActivities.class);
    }
}
