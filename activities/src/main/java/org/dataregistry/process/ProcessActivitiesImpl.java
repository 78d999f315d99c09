package org.dataregistry.process;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.collect.DownloadProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
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

    /** The heartbeat's units: first the releases read into the store, then the OCIDs compiled. */
    static final String RELEASES_STORED = "releases stored";
    static final String OCIDS_COMPILED = "OCIDs compiled";

    private final JobFiles files;
    private final ProcessingStore store;
    private final TaskNotes taskNotes;
    private final Clock clock;
    private final SourceLimits limits;
    private final DownloadProperties download;

    public ProcessActivitiesImpl(JobFiles files, ProcessingStore store, TaskNotes taskNotes, Clock clock,
            SourceLimits limits, DownloadProperties download) {
        this.files = files;
        this.store = store;
        this.taskNotes = taskNotes;
        this.clock = clock;
        this.limits = limits;
        this.download = download;
    }

    @Override
    public ProcessResult process(ProcessRequest request) {
        long jobId = request.jobId();
        List<Path> collected = CollectedFiles.in(files.collectDir(jobId));
        // From the start to the end: deleting an earlier attempt's rows and summing up take their time too. A
        // cancelled attempt's rows stay until the workflow's wipe (or the next attempt) deletes them: deleting
        // millions of rows here would hold the cancellation up.
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(RELEASES_STORED)) {
            store.delete(jobId);
            ProcessNotes notes = new ProcessNotes();
            long start = System.nanoTime();
            CollectedFileReader reader = read(jobId, collected, notes, heartbeat);
            long read = System.nanoTime();
            heartbeat.phase(OCIDS_COMPILED, 0);
            if (reader.skippedWithoutOcid() > 0) {
                notes.warning(skippedWithoutOcid(reader),
                        Map.of("type", "ReleasesWithoutOcid", "count", reader.skippedWithoutOcid()));
            }
            long compiled = new OcidCompilation(store, limits.maxReleasesPerOcid())
                    .compile(jobId, reader::isOcds10Package, notes, heartbeat);
            log.info("Job {}: stored {} releases from {} files in {} s, compiled {} releases in {} s", jobId,
                    reader.releases(), collected.size(), seconds(read - start), compiled,
                    seconds(System.nanoTime() - read));

            List<TaskNoteRecord> records = notes.notes();
            taskNotes.replace(jobId, TaskType.PROCESS, records);
            ProcessingStore.CompiledSummary summary = store.compiledSummary(jobId, LocalDate.now(clock));
            PublicationMetadata metadata = new PublicationMetadata(summary.dateFrom(), summary.dateTo(),
                    summary.ocidPrefix(), reader.license(), reader.publicationPolicy());
            return new ProcessResult(reader.releases(), compiled, records.size(), metadata, null,
                    reader.releases() == 0 ? emptyReason(reader) : null);
        }
    }

    /** Why nothing was stored: nothing was there, or nothing had an {@code ocid}. */
    private static String emptyReason(CollectedFileReader reader) {
        return reader.skippedWithoutOcid() > 0 ? skippedWithoutOcid(reader) : EMPTY;
    }

    private static String skippedWithoutOcid(CollectedFileReader reader) {
        long count = reader.skippedWithoutOcid();
        return count + (count == 1 ? " release" : " releases") + " skipped: no ocid";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    @Override
    public void wipe(long jobId) {
        store.delete(jobId);
    }

    /**
     * Stores every release of the collected files. Unreadable data fails the task for good, and what was stored
     * before it is removed, so that no half-read collection is left to compile or pull.
     */
    private CollectedFileReader read(long jobId, List<Path> collected, ProcessNotes notes, TaskHeartbeat heartbeat) {
        CollectedFileReader reader = new CollectedFileReader(store.collectedWriter(jobId), notes, heartbeat,
                limits.unpackLimits(download));
        try {
            collected.forEach(reader::read);
            reader.flush();
        } catch (OcdsReadException e) {
            if (e.getCause() instanceof UnpackLimitException limit) {
                store.delete(jobId);
                throw ApplicationFailure.newNonRetryableFailureWithCause(
                        e.getMessage() + " (the limit is the setting " + setting(limit) + ")",
                        FailureTypes.INVALID_DATA, e);
            }
            if (!isDamagedData(e)) {
                throw e;
            }
            store.delete(jobId);
            throw ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), FailureTypes.INVALID_DATA, e);
        }
        return reader;
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
        return !(cause instanceof IOException) || cause instanceof EOFException || cause instanceof ZipException
                || cause instanceof CharacterCodingException || String.valueOf(cause.getMessage()).startsWith("Truncated");
    }
}
