package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/**
 * How a task ended.
 *
 * @param jobId the job
 * @param task the task
 * @param failureReason null when the task succeeded; otherwise its note (the job then ends unsuccessful)
 * @param context what the task learned, to merge into the job's context (e.g. {@code process_id}), possibly empty
 */
public record TaskEnd(long jobId, TaskType task, String failureReason, JobContext context) {

    public TaskEnd {
        context = context == null ? JobContext.EMPTY : context;
    }

    public static TaskEnd succeeded(TaskRef ref, JobContext context) {
        return new TaskEnd(ref.jobId(), ref.task(), null, context);
    }

    public static TaskEnd failed(TaskRef ref, String reason) {
        return new TaskEnd(ref.jobId(), ref.task(), reason, JobContext.EMPTY);
    }

    public boolean succeeded() {
        return failureReason == null;
    }
}
