package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/** How the admin names a task by its place in the job, as the original does: {@code exporter (4/5)}. */
public final class TaskLabels {

    private static final int TASKS = TaskType.values().length;

    private TaskLabels() {}

    /** The task and its place, e.g. {@code "exporter (4/5)"}: the job list's "Last completed task". */
    public static String progress(TaskType task) {
        return task.value() + " (" + task.position() + "/" + TASKS + ")";
    }

    /** The same, capitalised as a heading, e.g. {@code "Exporter (4/5)"}. */
    public static String heading(TaskType task) {
        String progress = progress(task);
        return Character.toUpperCase(progress.charAt(0)) + progress.substring(1);
    }
}
