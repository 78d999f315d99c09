package org.dataregistry.process;

import io.temporal.activity.ActivityInterface;

/**
 * The built-in processor: turns the files the built-in collector downloaded into compiled releases, with the
 * {@code ocds} module's compile engine (the one {@code ocds compile} runs), into the job's compiled file: the built-in
 * backend's process task. Kingfisher Process does this for the Kingfisher backend's crawls
 * ({@link KingfisherProcessActivities}).
 */
@ActivityInterface(namePrefix = "Process")
public interface ProcessActivities {

    /**
     * Reads every file in the job's collect directory (packages, JSON Lines, .gz, .zip; streaming, within the
     * source limits), sorts the releases by OCID on disk under the job's temporary directory, compiles each OCID with
     * the merge rules of its OCDS version and writes the compiled releases, in OCID order, to the job's compiled
     * file; writes the merge warnings and skipped input as the task's notes, aggregated as the original does. No
     * release is stored in PostgreSQL.
     * <p>
     * Idempotent and crash-safe, keyed by the job: the compiled file is written under a temporary name and renamed
     * into place when complete; a rerun first deletes what an earlier attempt left and replaces the file. Heartbeats
     * a {@link org.dataregistry.task.TaskProgress} every second: releases read, then OCIDs compiled; a cancelled
     * attempt stops at its next release or OCID. Temporary failures: I/O errors. Permanent: the collect directory
     * is missing ({@code InputMissing}), a file is not readable OCDS or exceeds a source limit ({@code InvalidData},
     * the message names the file and position, or the limit's setting). A collection with no release completes with
     * the failure reason {@code "Collection is empty"}. Minutes for a large publication.
     */
    ProcessResult process(ProcessRequest request);

    /** Deletes the job's compiled file and what an attempt left beside it; safe to run twice. */
    void wipe(long jobId);
}
