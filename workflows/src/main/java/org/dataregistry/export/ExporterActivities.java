package org.dataregistry.export;

import io.temporal.activity.ActivityInterface;

/** Publishes a job's compiled releases as bulk downloads. */
@ActivityInterface(namePrefix = "Exporter")
public interface ExporterActivities {

    /**
     * Splits the job's staging file into {@code full.jsonl.gz}, {@code <year>.jsonl.gz} and
     * {@code undated.jsonl.gz} in the job's export directory (a release goes to the year of its {@code date}
     * when that starts with a valid year and month, else to undated). Each file is
     * written under a temporary name and renamed into place when complete; files of an earlier attempt are
     * replaced, never appended to; a year no longer exported loses its JSON Lines, CSV and Excel files. When the
     * staging file is gone (the job's temporary data was wiped), the job's own {@code full.jsonl.gz}, which holds
     * every compiled release as pulled, is exported again instead: a completed job can always rerun its exporter.
     * <p>
     * Temporary: I/O errors. Permanent: both are gone ({@code InputMissing}) or the one read is unreadable
     * ({@code InvalidData}: a truncated gzip, a line that is not JSON). Heartbeats with the lines written.
     */
    ExportResult export(long jobId);

    /** Deletes the job's export directory (when the job itself is deleted); safe to run twice. */
    void wipe(long jobId);
}
