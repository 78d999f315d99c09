package org.dataregistry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.ocds.export.ReleaseExporter;
import org.dataregistry.ocds.read.JsonLineChunks;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.SourcePosition;
import org.dataregistry.process.SourceLimits;
import org.dataregistry.task.TaskHeartbeat;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * Copies the staging file's lines (or, once it is wiped, those of the job's {@code full.jsonl.gz}), as they are, into
 * the export files with the ocds {@link ReleaseExporter}. The engine makes the export atomic: opening it deletes
 * temporary files of a crashed attempt; files are written under temporary names and renamed into place only when all
 * are complete; finishing deletes export files this run did not write (a year that no longer has releases). So a
 * failed or cancelled attempt leaves the earlier export as it was, and a rerun replaces it.
 */
@Component
public class ExporterActivitiesImpl implements ExporterActivities {

    /** The heartbeat's unit: a line of the staging file is a compiled release. */
    static final String RELEASES_WRITTEN = "compiled releases written";

    private static final int CHUNK_BYTES = 256 * 1024;

    private final JobFiles files;
    private final TaskNotes taskNotes;
    private final SourceLimits limits;

    public ExporterActivitiesImpl(JobFiles files, TaskNotes taskNotes, SourceLimits limits) {
        this.files = files;
        this.taskNotes = taskNotes;
        this.limits = limits;
    }

    @Override
    public ExportResult export(long jobId) {
        InputFile input = input(jobId);
        input.requirePresent();
        Path directory = files.exportDir(jobId);
        long[] lines = {0};
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(RELEASES_WRITTEN);
                ReleaseExporter exporter =
                        ReleaseExporter.open(directory, Deflater.DEFAULT_COMPRESSION, limits.maxExportYears());
                JsonLineChunks chunks = JsonLineChunks.open(input.path(), CHUNK_BYTES)) {
            while (chunks.hasNext()) {
                chunks.next().forEachLine((bytes, offset, length, line) -> {
                    write(exporter, bytes, offset, length, new SourcePosition(chunks.name(), line, 1));
                    heartbeat.done(++lines[0]);
                });
            }
            var written = exporter.finish();
            deleteFlattenedFilesWithoutSource(directory);
            taskNotes.replace(jobId, TaskType.EXPORTER, written.yearsOmitted() ? List.of(yearsOmitted()) : List.of());
            return new ExportResult(written.files().stream()
                    .map(file -> new ExportedFile(file.name(), file.lines(), file.bytes()))
                    .toList());
        } catch (OcdsReadException e) {
            throw input.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TaskNoteRecord yearsOmitted() {
        return new TaskNoteRecord(
                TaskNoteRecord.WARNING,
                "The releases have more than " + limits.maxExportYears()
                        + " distinct years: no yearly files were written, only full.jsonl.gz and undated.jsonl.gz (the setting "
                        + SourceLimits.EXPORT_YEARS_SETTING + ")",
                Map.of("type", "TooManyYears", "limit", limits.maxExportYears()));
    }

    /**
     * The staging file (Kingfisher Process) or the compiled file (built-in), or once the temporary data is wiped the
     * job's own {@code full.jsonl.gz}: it holds the same
     * lines in the same order, so the new files are the old ones again (or what a fixed exporter makes of them). It
     * is read while the new files are written under temporary names and replaced only when all are complete (on
     * POSIX file systems a file open for reading may be renamed over).
     */
    private InputFile input(long jobId) {
        Path path = files.exporterInput(jobId).orElse(files.stagingFile(jobId));
        if (path.equals(files.fullExport(jobId))) {
            return new InputFile(
                    path,
                    "The job's full.jsonl.gz is gone: restart the job from collect.",
                    "The job's full.jsonl.gz can't be read (restart the job from collect)");
        }
        if (path.equals(files.compiledFile(jobId))) {
            return new InputFile(
                    path,
                    "The compiled releases are gone, and the job has no full.jsonl.gz to export again: restart the "
                            + "job from process.",
                    "The compiled releases can't be read (restart the job from process)");
        }
        return new InputFile(
                path,
                "The pulled compiled releases are gone, and the job has no full.jsonl.gz to "
                        + "export again: restart the job from pull.",
                "The pulled compiled releases can't be read (restart the job from pull)");
    }

    @Override
    public void wipe(long jobId) {
        JobFiles.deleteRecursively(files.exportDir(jobId));
    }

    private static void write(ReleaseExporter exporter, byte[] bytes, int offset, int length, SourcePosition at) {
        try {
            exporter.writeLine(bytes, offset, length);
        } catch (IllegalArgumentException e) {
            throw new OcdsReadException(at, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV and Excel files of a year that is no longer exported would be published beside the new export and never
     * replaced, since the flattener flattens only the files that exist; so they go. Found by what the directory
     * holds rather than by what the export removed, so that a retry after a failure here still finds them.
     */
    private static void deleteFlattenedFilesWithoutSource(Path directory) throws IOException {
        List<Path> orphans;
        try (Stream<Path> entries = Files.list(directory)) {
            orphans = entries.filter(entry -> {
                        String source =
                                ExportNames.flattenedFrom(entry.getFileName().toString());
                        return source != null && !Files.exists(entry.resolveSibling(source));
                    })
                    .toList();
        }
        for (Path orphan : orphans) {
            Files.deleteIfExists(orphan);
        }
    }
}
