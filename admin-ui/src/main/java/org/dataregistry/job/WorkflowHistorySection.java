package org.dataregistry.job;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.dataregistry.time.UtcTime;

/**
 * The job page's "Workflow history": the Temporal events of the latest run of the job's workflow, read through the
 * Temporal client, so that a workflow can be inspected without the Temporal Web UI (the in-process server has none).
 * A long history is collapsed until opened; it stays as the operator left it when the page refreshes.
 */
class WorkflowHistorySection extends Composite<VerticalLayout> {

    /** A history up to this many rows is shown open. */
    static final int SHOWN_OPEN = 12;

    final Paragraph summary = new Paragraph();
    final Grid<WorkflowEvent> events = new Grid<>();
    final Details details = new Details("", events);

    private boolean opennessChosen;

    WorkflowHistorySection() {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        events.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        events.setAllRowsVisible(true);
        // Fixed widths: a collapsed grid can't measure its content.
        // Event times to the second: several events often share a minute.
        events.addColumn(event -> UtcTime.formatSeconds(event.time()))
                .setHeader("Time (UTC)")
                .setWidth("11em")
                .setFlexGrow(0);
        events.addColumn(WorkflowEvent::event)
                .setHeader("Event")
                .setWidth("12em")
                .setFlexGrow(0);
        events.addColumn(WorkflowEvent::activityType)
                .setHeader("Activity")
                .setWidth("15em")
                .setFlexGrow(0);
        events.addColumn(event -> event.attempt() == 0 ? "" : Integer.toString(event.attempt()))
                .setHeader("Attempt")
                .setWidth("6em")
                .setFlexGrow(0);
        events.addColumn(WorkflowEvent::details).setHeader("Details").setFlexGrow(1);
        details.setWidthFull();
        content.add(summary, details);
    }

    /** Shows the history, or says why there is none. */
    void show(Optional<WorkflowHistory> history) {
        details.setVisible(history.isPresent());
        if (history.isEmpty()) {
            summary.setText("No workflow history: the job never started a workflow, or its last run ended longer ago "
                    + "than Temporal keeps histories.");
            return;
        }
        WorkflowHistory shown = history.get();
        List<WorkflowEvent> rows = shown.events();
        summary.setText("The latest run of workflow " + shown.workflowId() + " (run " + shown.runId() + "). A "
                + "restart starts a new run; earlier runs are not listed.");
        details.setSummaryText(rows.size() + (rows.size() == 1 ? " event" : " events"));
        events.setItems(rows);
        if (!opennessChosen) {
            details.setOpened(rows.size() <= SHOWN_OPEN);
            opennessChosen = true;
        }
    }

    /** Another job is shown next: its history opens or not by its own length. */
    void clear() {
        opennessChosen = false;
    }

    /** Says why the history can't be shown now. */
    void unavailable(String reason) {
        details.setVisible(false);
        summary.setText(reason);
    }
}
