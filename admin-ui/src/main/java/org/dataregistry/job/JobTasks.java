package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.dataregistry.time.UtcTime;

/**
 * A job's five tasks, in order: status, progress while one runs, result, note, times, attempts and the temporary
 * error a task is being retried for (its status then says "retrying"). What the workflow says now (the live attempt,
 * failure and progress of a running task) wins over what the database last recorded.
 */
class JobTasks extends Grid<TaskDetail> {

    static final String STATUS = "status";
    static final String PROGRESS = "progress";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";

    private Map<TaskType, RunningTask> running = Map.of();

    JobTasks() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(task -> TaskLabels.heading(task.type()))
                .setHeader("Task")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::status)
                .setHeader("Status")
                .setKey(STATUS)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(this::progress)
                .setHeader("Progress")
                .setKey(PROGRESS)
                .setWidth("12em")
                .setFlexGrow(2);
        addColumn(TaskDetail::result).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        addColumn(TaskDetail::note).setHeader("Note").setFlexGrow(2);
        addColumn(JobTasks::times)
                .setHeader("Started – ended (UTC)")
                .setWidth("9.5em")
                .setFlexGrow(0);
        addColumn(this::attempts)
                .setHeader("Attempts")
                .setKey(ATTEMPTS)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(this::lastError)
                .setHeader("Last temporary error")
                .setKey(LAST_ERROR)
                .setFlexGrow(2);
        setPartNameGenerator(task -> retrying(task) ? "retrying" : null);
    }

    /** Shows the tasks as stored, and what the workflow says now about those running. */
    void show(List<TaskDetail> tasks, Map<TaskType, RunningTask> runningNow) {
        this.running = runningNow;
        setItems(tasks);
        // Statuses and results change while the page is open (RUNNING becomes COMPLETED, "" CANCELLED): measured
        // once, their columns would cut the new values short.
        recalculateColumnWidths();
    }

    /** How a task's progress reads, e.g. "1,234 of 5,000 releases stored · 12.3 MB". */
    static String text(TaskProgress progress) {
        String count = progress.total() > 0
                ? String.format(Locale.ENGLISH, "%,d of %,d %s", progress.done(), progress.total(), progress.unit())
                : String.format(Locale.ENGLISH, "%,d %s", progress.done(), progress.unit());
        return progress.bytes() > 0 ? count + " · " + bytes(progress.bytes()) : count;
    }

    /** Bytes in decimal units, e.g. "12.3 MB". */
    static String bytes(long bytes) {
        String[] units = {"kB", "MB", "GB", "TB"};
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ENGLISH, "%.1f %s", value, units[unit]);
    }

    /** When the task started and ended, in one column (wrapped onto two lines) so the grid fits 1280 px. */
    static String times(TaskDetail task) {
        if (task.start() == null) {
            return "";
        }
        return UtcTime.format(task.start()) + " – " + UtcTime.format(task.end());
    }

    private Optional<RunningTask> now(TaskDetail task) {
        return task.status() == JobStatus.RUNNING ? Optional.ofNullable(running.get(task.type())) : Optional.empty();
    }

    private boolean retrying(TaskDetail task) {
        return task.retrying()
                || now(task).filter(now -> !now.lastFailure().isEmpty()).isPresent();
    }

    private String status(TaskDetail task) {
        return retrying(task)
                ? task.status().name() + ", retrying"
                : task.status().name();
    }

    private String attempts(TaskDetail task) {
        int attempts = now(task).map(RunningTask::attempt).orElse(task.attempts());
        return attempts == 0 ? "" : Integer.toString(attempts);
    }

    /**
     * The row's own words first: written as the attempt ended, they say when the next attempt comes and when the
     * task gives up, without the Java class names Temporal's failure message may carry.
     */
    private String lastError(TaskDetail task) {
        if (!task.lastError().isEmpty()) {
            return task.lastError();
        }
        return now(task).map(RunningTask::lastFailure).orElse("");
    }

    private Component progress(TaskDetail task) {
        Optional<TaskProgress> progress = now(task).flatMap(RunningTask::progress);
        if (progress.isEmpty()) {
            return new Span();
        }
        TaskProgress shown = progress.get();
        Span text = new Span(text(shown));
        if (shown.total() <= 0) {
            return text;
        }
        ProgressBar bar = new ProgressBar(0, shown.total(), Math.min(shown.done(), shown.total()));
        bar.getElement().setAttribute("aria-label", TaskLabels.heading(task.type()) + " progress");
        return new Div(bar, text);
    }
}
