package org.dataregistry.pull;

import io.temporal.activity.ActivityInterface;

/**
 * Pulls a job's compiled releases into its staging file for the exporter: from the job's compiled file (the
 * built-in processor's) or from Kingfisher Process's database.
 */
@ActivityInterface(namePrefix = "Pull")
public interface PullActivities {

    /**
     * Writes the job's compiled releases, one per line, to the job's staging file (gzipped JSON Lines, under a
     * temporary name renamed into place when complete), reading the compiled file the built-in process task
     * wrote or a Kingfisher Process database (keyset pagination over {@code compiled_release ⋈ data}), and computes
     * coverage and counts on the way.
     * <p>
     * Idempotent: a rerun replaces the staging file. Heartbeats a {@link org.dataregistry.task.TaskProgress} of
     * the compiled releases written every second; a cancelled attempt stops at its next release and deletes its
     * temporary file. Temporary:
     * database and I/O errors. Permanent: nothing to pull ({@code NothingCollected}), the built-in processor's
     * compiled file is gone ({@code InputMissing}). Minutes for millions of
     * releases.
     */
    PullResult pull(PullRequest request);

    /** Deletes the job's staging file; safe to run twice. */
    void wipe(long jobId);
}
