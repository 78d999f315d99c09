package org.dataregistry.job;

import java.time.Instant;
import java.util.List;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;

/**
 * One of a job's five tasks, as the job page shows it.
 *
 * @param status its life cycle, the same as a job's
 * @param result '' until the task completes, then OK, FAILED or CANCELLED
 * @param note why it failed
 * @param attempts how many times its current run was attempted (0 before any temporary error)
 * @param lastError the last temporary error it was retried for, or ''
 * @param notes its notes (crawl log findings, merge warnings...), in the order they were written
 */
public record TaskDetail(
        TaskType type,
        JobStatus status,
        String result,
        String note,
        Instant start,
        Instant end,
        int attempts,
        String lastError,
        List<TaskNoteRecord> notes) {

    /** Not completed, and its last attempt hit a temporary error: Temporal is retrying it. */
    public boolean retrying() {
        return result.isEmpty() && !lastError.isEmpty();
    }
}
