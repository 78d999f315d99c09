package org.dataregistry.job;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dataregistry.form.Choices;
import org.dataregistry.task.TaskType;

/**
 * Asks which task to restart a completed job from, and says before anything runs when that task's inputs are gone:
 * restarting is then impossible and the button stays disabled. The exporter and flattener can restart whenever the
 * job's exports exist; process and pull only while its temporary data does.
 */
class RestartDialog extends Dialog {

    final Select<TaskType> task = Choices.required("From task", List.of(TaskType.values()), TaskLabels::heading);
    final Paragraph refusal = new Paragraph();
    final Button restart = new Button("Restart");
    final Button cancel = new Button("Cancel", event -> close());

    /**
     * @param refusalOf why the job can't restart from a task; empty when it can
     * @param onRestart restarts the job from the chosen task, once the user confirms
     */
    RestartDialog(String job, Function<TaskType, Optional<String>> refusalOf, Consumer<TaskType> onRestart) {
        setHeaderTitle("Restart job " + job);
        task.setHelperText("This task and the ones after it run again; what the earlier tasks found (results, "
                + "counts, coverage, metadata) is kept. Once the temporary data is deleted, the exporter exports the "
                + "job's own full.jsonl.gz again, and the flattener flattens the exported files.");
        task.setWidthFull();
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        restart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restart.setEnabled(false);
        task.addValueChangeListener(event -> {
            Optional<String> refused = refusalOf.apply(event.getValue());
            refusal.setText(refused.orElse(""));
            refusal.setVisible(refused.isPresent());
            restart.setEnabled(refused.isEmpty());
        });
        restart.addClickListener(event -> {
            close();
            onRestart.accept(task.getValue());
        });
        add(task, refusal);
        getFooter().add(cancel, restart);
        setWidth("32em");
    }
}
