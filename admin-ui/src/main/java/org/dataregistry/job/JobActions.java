package org.dataregistry.job;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.dataregistry.feedback.Confirmation;
import org.dataregistry.feedback.Notices;

/**
 * What an operator can do on a job's page, each after asking: cancel a job that hasn't completed, restart a completed
 * one from a task, preserve its temporary data. Not shown to those who may do none of it.
 */
class JobActions extends Composite<HorizontalLayout> {

    final Button cancel = new Button("Cancel job");
    final Button restart = new Button("Restart from task…");
    final Checkbox keepAllData = new Checkbox("Preserve temporary data");

    private final JobControl control;
    private final Runnable onChange;
    private JobDetail job;

    /**
     * @param offered whether the signed-in user may act on jobs (the facade checks again)
     * @param onChange shows the job again, after an action or a refusal
     */
    JobActions(JobControl control, boolean offered, Runnable onChange) {
        this.control = control;
        this.onChange = onChange;
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(event -> confirmCancel());
        restart.addClickListener(event -> chooseRestart());
        keepAllData.setTooltipText("Keep the collected and processed data after the job, for debugging.");
        keepAllData.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                confirmKeepAllData(event.getValue());
            }
        });
        HorizontalLayout layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(cancel, restart, keepAllData);
        setVisible(offered);
    }

    void show(JobDetail job) {
        this.job = job;
        boolean completed = job.job().status() == JobStatus.COMPLETED;
        cancel.setVisible(!completed);
        restart.setVisible(completed);
        keepAllData.setValue(job.keepAllData());
    }

    private void confirmCancel() {
        long id = job.job().id();
        TextArea reason = new TextArea("Reason (optional)");
        reason.setWidthFull();
        reason.setHelperText("Kept with the job and in the audit log.");
        ConfirmDialog dialog = Confirmation.ask(
                "Cancel job " + job.job().label() + "?",
                "",
                "Cancel job",
                "error primary",
                () -> act(
                        () -> control.cancel(id, reason.getValue()),
                        "Cancelled job " + job.job().label() + "."));
        dialog.setText(new VerticalLayout(
                new Paragraph("The running task stops and the job's temporary data is "
                        + "deleted; its remaining tasks are marked cancelled."),
                reason));
        dialog.setCancelText("Keep it running");
    }

    private void chooseRestart() {
        long id = job.job().id();
        new RestartDialog(
                        job.job().label(),
                        task -> control.restartRefusal(id, task),
                        task -> act(
                                () -> control.restart(id, task),
                                "Restarted job " + job.job().label() + " from " + TaskLabels.progress(task) + "."))
                .open();
    }

    private void confirmKeepAllData(boolean keep) {
        long id = job.job().id();
        ConfirmDialog dialog = Confirmation.ask(
                (keep ? "Preserve" : "Stop preserving") + " the temporary data of job "
                        + job.job().label() + "?",
                keep
                        ? "The collected and processed data is kept after the job completes, for debugging."
                        : job.job().status() == JobStatus.COMPLETED
                                ? "Its temporary data will be deleted by the scheduler's next sweep, an hour after the job "
                                        + "ended at the earliest."
                                : "Its temporary data will be deleted when it completes, as any job's is.",
                keep ? "Preserve" : "Stop preserving",
                "primary",
                () -> act(
                        () -> control.setKeepAllData(id, keep),
                        keep
                                ? "Job " + job.job().label() + " preserves its temporary data."
                                : "Job " + job.job().label() + " no longer preserves its temporary data."));
        dialog.addCancelListener(event -> keepAllData.setValue(!keep));
    }

    private void act(Runnable action, String success) {
        if (Notices.attempt(action)) {
            Notices.success(success);
        }
        onChange.run();
    }
}
