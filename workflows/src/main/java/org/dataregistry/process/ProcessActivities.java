package org.dataregistry.process;

import io.temporal.activity.ActivityInterface;

/**
 * The built-in processor: turns the files the built-in collector downloaded into compiled releases, in the
 * registry's own processing store (PostgreSQL). Used for publications collected over HTTP; Kingfisher Process
 * does this for Scrapyd crawls ({@link KingfisherProcessActivities}).
 */
@ActivityInterface(namePrefix = "Process")
public interface ProcessActivities {

    /**
     * Reads every file in the job's collect directory (packages, JSON Lines, .gz, .zip; streaming), stores the
     * releases, compiles each OCID with the OCDS merge rules and stores the compiled releases; writes the merge
     * warnings and skipped input as the task's notes, aggregated as the original does.
     * <p>
     * Idempotent, keyed by the job: a rerun first removes what an earlier attempt stored. Heartbeats a
     * {@link org.dataregistry.task.TaskProgress} every second: releases stored, then OCIDs compiled; a cancelled
     * attempt stops at its next release or OCID (what it stored is left to the wipe). Temporary failures: database and I/O errors. Permanent: the collect directory is
     * missing ({@code InputMissing}), a file is not readable OCDS ({@code InvalidData}, the message names the
     * file and position). A collection with no release completes with the failure reason
     * {@code "Collection is empty"}. Minutes for a large publication.
     */
    ProcessResult process(ProcessRequest request);

    /** Removes the job's releases and compiled releases from the processing store; safe to run twice. */
    void wipe(long jobId);
}
