package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/**
 * How a run of a job ended.
 *
 * @param result succeeded, failed (a task failed) or cancelled
 * @param task the task that failed or was running when cancelled; null on success
 * @param note the failed task's note, or null
 */
public record JobOutcome(Result result, TaskType task, String note) {

    public enum Result {
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    public static JobOutcome succeeded() {
        return new JobOutcome(Result.SUCCEEDED, null, null);
    }

    public static JobOutcome failed(TaskType task, String note) {
        return new JobOutcome(Result.FAILED, task, note);
    }
}
