package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/**
 * A row of the job list.
 *
 * @param job the job, for its label
 * @param publicationCountry the publication's country in English
 * @param lastCompletedTask the last task (by position) that completed, failed or not; null when none did, and a
 *     task cancelled is not counted as completed
 * @param active whether it is its publication's active job
 * @param wiped whether its temporary data was deleted
 * @param keepAllData whether its temporary data is preserved
 */
public record JobRow(
        JobSummary job,
        long publicationId,
        String publicationTitle,
        String publicationCountry,
        TaskType lastCompletedTask,
        boolean active,
        boolean wiped,
        boolean keepAllData) {

    /** E.g. {@code "exporter (4/5)"}, or "" when no task completed. */
    public String lastCompletedTaskLabel() {
        return lastCompletedTask == null ? "" : TaskLabels.progress(lastCompletedTask);
    }
}
