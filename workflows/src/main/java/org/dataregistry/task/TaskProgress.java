package org.dataregistry.task;

/**
 * How far a running activity has got: the details of every heartbeat of a task's activities, read back through
 * the Temporal client by the job page to show progress while the task runs (and by nothing else: an activity never
 * resumes from it).
 *
 * @param done the items done so far
 * @param total the items expected, or 0 when unknown (the page then shows the count without a bar)
 * @param unit what an item is and what was done to it, plural, e.g. "pages downloaded", "releases read",
 *     "OCIDs compiled", "compiled releases written"
 * @param bytes the bytes read or written so far, or 0 when bytes say nothing about the work
 */
public record TaskProgress(long done, long total, String unit, long bytes) {

    /** Progress towards a known total. */
    public static TaskProgress of(long done, long total, String unit) {
        return new TaskProgress(done, total, unit, 0);
    }
}
