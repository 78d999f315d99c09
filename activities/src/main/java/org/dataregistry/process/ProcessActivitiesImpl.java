package org.dataregistry.process;

import io.temporal.failure.ApplicationFailure;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.dataregistry.collect.DownloadProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.compile.Compilation;
import org.dataregistry.ocds.compile.CompileSettings;
import org.dataregistry.ocds.compile.CompileSource;
import org.dataregistry.ocds.compile.CompileTotals;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.UnpackLimitException;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskHeartbeat;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

@Component
@EnableConfigurationProperties({SourceLimits.class, DownloadProperties.class})
public class ProcessActivitiesImpl implements ProcessActivities {

    static final String EMPTY = "Collection is empty";

    private static final Logger log = LoggerFactory.getLogger(ProcessActivitiesImpl.class);

    private final JobFiles files;
    private final TaskNotes taskNotes;
    private final Clock clock;
    private final SourceLimits limits;
    private final DownloadProperties download;

    public ProcessActivitiesImpl(
            JobFiles files, TaskNotes taskNotes, Clock clock, SourceLimits limits, DownloadProperties download) {
        this.files = files;
        this.taskNotes = taskNotes;
        this.clock = clock;
        this.limits = limits;
        this.download = download;
    }

    @Override
    public ProcessResult process(ProcessRequest request) {
        long jobId = request.jobId();
        List<Path> collected = CollectedFiles.in(files.collectDir(jobId));
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(ProcessListener.RELEASES_READ)) {
            wipe(jobId);
            ProcessNotes notes = new ProcessNotes();
            ProcessListener listener = new ProcessListener(notes, heartbeat);
            long start = System.nanoTime();
            Path sortDirectory = createDirectories(files.sortDir(jobId));
            CompileTotals totals;
            CompiledFileWriter compiled = CompiledFileWriter.open(files.compiledFile(jobId), LocalDate.now(clock));
            try (compiled) {
                totals = compile(collected, sortDirectory, listener, compiled);
                compiled.commit();
            } finally {
                JobFiles.deleteRecursively(sortDirectory);
            }
            log.info(
                    "Job {}: compiled {} releases from {} releases in {} files in {} s",
                    jobId,
                    totals.compiled(),
                    totals.releases(),
                    collected.size(),
                    seconds(System.nanoTime() - start));

            List<TaskNoteRecord> records = notes.notes();
            taskNotes.replace(jobId, TaskType.PROCESS, records);
            PublicationMetadata metadata = new PublicationMetadata(
                    compiled.dateFrom(),
                    compiled.dateTo(),
                    compiled.ocidPrefix(),
                    listener.license(),
                    listener.publicationPolicy());
            return new ProcessResult(
                    totals.releases(),
                    totals.compiled(),
                    records.size(),
                    metadata,
                    null,
                    totals.releases() == 0 ? emptyReason(totals) : null);
        }
    }

    /** Why nothing was read: nothing was there, or nothing had an {@code ocid}. */
    private static String emptyReason(CompileTotals totals) {
        return totals.withoutOcid() > 0 ? ProcessListener.skippedWithoutOcid(totals.withoutOcid()) : EMPTY;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** Deletes the job's compiled file and what a crashed attempt left beside it; safe to run twice. */
    @Override
    public void wipe(long jobId) {
        Path compiled = files.compiledFile(jobId);
        try {
            Files.deleteIfExists(compiled);
            Files.deleteIfExists(StagedFile.temporaryOf(compiled));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + compiled, e);
        }
        JobFiles.deleteRecursively(files.sortDir(jobId));
    }

    /**
     * Compiles every release of the collected files with the one compile engine. Unreadable data fails the task
     * for good (nothing is committed, so no half-read collection is left to pull); a limit reached names its
     * setting.
     */
    private CompileTotals compile(
            List<Path> collected, Path sortDirectory, ProcessListener listener, CompiledFileWriter output) {
        CompileSettings settings = CompileSettings.defaults(sortDirectory)
                .withMaxReleasesPerOcid(limits.maxReleasesPerOcid())
                .withLimits(limits.unpackLimits(download));
        List<CompileSource> sources = collected.stream()
                .map(file -> CompileSource.file(file, file.getFileName().toString()))
                .toList();
        try {
            return new Compilation(settings).run(sources, listener, output);
        } catch (OcdsReadException e) {
            if (e.getCause() instanceof UnpackLimitException limit) {
                throw ApplicationFailure.newNonRetryableFailureWithCause(
                        e.getMessage() + " (the limit is the setting " + setting(limit) + ")",
                        FailureTypes.INVALID_DATA,
                        e);
            }
            if (!isDamagedData(e)) {
                throw e;
            }
            throw ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), FailureTypes.INVALID_DATA, e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    private static String setting(UnpackLimitException limit) {
        return switch (limit.limit()) {
            case BYTES_PER_INPUT -> SourceLimits.PER_FILE_SETTING;
            case BYTES_TOTAL -> SourceLimits.PER_JOB_SETTING;
            case NESTING -> SourceLimits.NESTING_SETTING;
            case RATIO -> SourceLimits.RATIO_SETTING;
        };
    }

    /**
     * Whether the reader failed on the data itself (invalid JSON, a truncated or corrupt archive), which reading
     * again won't change, rather than on the disk (an I/O error, worth a retry).
     */
    private static boolean isDamagedData(OcdsReadException e) {
        Throwable cause = e.getCause();
        return !(cause instanceof IOException)
                || cause instanceof EOFException
                || cause instanceof ZipException
                || cause instanceof CharacterCodingException
                || String.valueOf(cause.getMessage()).startsWith("Truncated");
    }
}
