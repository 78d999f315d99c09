package org.dataregistry.job;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The job workflow's writes to the database: job and task status, results, notes and metadata. Only activities
 * touch the database; these are small, fast and all idempotent (keyed by job and task), so they can be retried
 * until the database answers. Temporary failures: database errors. Permanent ({@code InputMissing}): the job
 * doesn't exist (it was deleted).
 */
@ActivityInterface(namePrefix = "Job")
public interface JobBookkeepingActivities {

    /**
     * Begins a run of the job: the job becomes RUNNING (its start time is set by the first run only), and the
     * task to run first and the ones after it become PLANNED again, with no result, note, times or attempts —
     * which is what a restart from that task means (a task interrupted by the app's restart, which the run resumes,
     * keeps them). A run from a task that writes temporary data (collect,
     * process, pull) brings it back, so the job is no longer "temporary data deleted" until the next wipe.
     * Returns what the run needs to know.
     */
    JobPlan begin(JobStart start);

    /**
     * The task is RUNNING from now; its start, attempts and last temporary error start afresh, except for a task the
     * app's restart interrupted, which keeps them and says it was resumed.
     */
    void taskStarted(TaskRef task);

    /**
     * The task COMPLETED, OK or FAILED with the failure reason as its note; what it learned ({@link TaskEnd#context})
     * is merged into the job's context. A failed task completes the job too (unsuccessful).
     */
    void taskEnded(TaskEnd end);

    /**
     * Merges what a running task learned into the job's context before it ends, e.g. the crawl's log URL once it is
     * scheduled; nothing changes when the update has no entry.
     */
    void recordContext(JobContextUpdate update);

    /** Stores what processing found out about the publication on the job (dates, OCID prefix, license, policy). */
    void recordMetadata(JobMetadataUpdate update);

    /** Stores the coverage, the 14 counts and the release date range on the job. */
    void recordCoverage(JobCoverageUpdate update);

    /**
     * The job COMPLETED successfully: it becomes its publication's active job, the publication's
     * {@code last_retrieved} becomes the day collect ended and its blank publication policy takes the job's; then
     * the publication's older jobs that the retention rule no longer keeps are deleted, with their files
     * (unsuccessful ones after 180 days; older successful ones but the most recent, unless they hold over 10% more
     * OCIDs than this job).
     */
    void succeed(long jobId);

    /**
     * The job was cancelled: its RUNNING and PLANNED tasks COMPLETED with result CANCELLED, the job COMPLETED.
     * Who cancelled and why was recorded by whoever asked.
     */
    void cancelled(long jobId);

    /**
     * The job's temporary data was wiped ("temporary data deleted"). Its activity type keeps its first name,
     * {@code JobArchived}, which workflow histories hold.
     */
    @ActivityMethod(name = "JobArchived")
    void wiped(long jobId);
}
