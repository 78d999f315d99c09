package org.dataregistry.pull;

import io.temporal.activity.ActivityInterface;

/**
 * Makes a job's compiled releases the exporter's input, with their coverage and counts: the built-in processor's
 * compiled file as it is, or Kingfisher Process's compiled collection copied into the job's staging file.
 */
@ActivityInterface(namePrefix = "Pull")
public interface PullActivities {

    /**
     * Built-in backend: counts the compiled file the process task wrote (coverage and the 14 counts, on a worker per
     * core) and deletes any staging file, so that the exporter reads the compiled file. Kingfisher Process: writes
     * its compiled releases, one per line, to the job's staging file (gzipped JSON Lines, under a temporary name
     * renamed into place when complete; keyset pagination over {@code compiled_release ⋈ data}), counting them on
     * the way.
     * <p>
     * Idempotent: a rerun counts the same file again, or replaces the staging file. Heartbeats a {@link
     * org.dataregistry.task.TaskProgress} of the compiled releases counted or written every second; a cancelled
     * attempt stops at its next chunk of lines (built-in) or release (Kingfisher Process, deleting its temporary
     * file). Temporary: database and I/O errors. Permanent: nothing to pull ({@code NothingCollected}),
     * the built-in processor's compiled file is gone ({@code InputMissing}). Seconds (built-in) to minutes
     * (Kingfisher Process) for millions of releases.
     */
    PullResult pull(PullRequest request);

    /** Deletes the job's staging file; safe to run twice. */
    void wipe(long jobId);
}
