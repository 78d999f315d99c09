package org.dataregistry.job;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.dataregistry.layout.UtcTime;

/**
 * A job's five tasks, in order: status, result, note, times, and the temporary error a task is being retried for
 * (its status then says "retrying").
 */
class JobTasks extends Grid<TaskDetail> {

    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";

    JobTasks() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(task -> TaskLabels.heading(task.type())).setHeader("Task").setAutoWidth(true).setFlexGrow(0);
        addColumn(JobTasks::status).setHeader("Status").setKey(STATUS).setAutoWidth(true).setFlexGrow(0);
        addColumn(TaskDetail::result).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        addColumn(TaskDetail::note).setHeader("Note").setFlexGrow(2);
        addColumn(task -> UtcTime.format(task.start())).setHeader("Start (UTC)").setAutoWidth(true).setFlexGrow(0);
        addColumn(task -> UtcTime.format(task.end())).setHeader("End (UTC)").setAutoWidth(true).setFlexGrow(0);
        addColumn(task -> task.attempts() == 0 ? "" : Integer.toString(task.attempts())).setHeader("Attempts")
                .setKey(ATTEMPTS).setAutoWidth(true).setFlexGrow(0);
        addColumn(TaskDetail::lastError).setHeader("Last temporary error").setKey(LAST_ERROR).setFlexGrow(2);
        setPartNameGenerator(task -> task.retrying() ? "retrying" : null);
    }

    void show(List<TaskDetail> tasks) {
        setItems(tasks);
    }

    private static String status(TaskDetail task) {
        return task.retrying() ? task.status() + ", retrying" : task.status();
    }
}
