package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.dataregistry.task.TaskNoteRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job page's "Logs": each task's notes under a heading such as "Process (2/5)", arranged by level as
 * {@link TaskNoteGroups} says, the groups of notes collapsed with their counts.
 */
class TaskNotesSection extends Composite<VerticalLayout> {

    /** A group shows this many notes at most; a bad crawl's notes run into thousands. */
    static final int NOTES_SHOWN_PER_GROUP = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<List<TaskNoteRecord>> shown;

    TaskNotesSection() {
        getContent().setPadding(false);
        getContent().setSpacing(false);
    }

    /** Shows the tasks' notes; the same notes again leave the section as it is (groups opened stay open). */
    void show(List<TaskDetail> tasks) {
        List<List<TaskNoteRecord>> notes = tasks.stream().map(TaskDetail::notes).toList();
        if (notes.equals(shown)) {
            return;
        }
        shown = notes;
        VerticalLayout content = getContent();
        content.removeAll();
        for (TaskDetail task : tasks) {
            if (!task.notes().isEmpty()) {
                content.add(new H3(TaskLabels.heading(task.type())));
                TaskNoteGroups.of(task.notes()).forEach(level -> content.add(level(level)));
            }
        }
        if (content.getComponentCount() == 0) {
            content.add(new Paragraph("No task notes."));
        }
    }

    private static Component level(TaskNoteGroups level) {
        VerticalLayout layout = new VerticalLayout(new H4(level.level()));
        layout.setPadding(false);
        layout.setSpacing(false);
        level.duplicateIds().forEach(sentence -> layout.add(new Paragraph(sentence)));
        if (level.repeatedDates() != null) {
            layout.add(new Paragraph(level.repeatedDates().summary() + ". Most frequent dates:"));
            UnorderedList dates = new UnorderedList();
            level.repeatedDates()
                    .mostFrequent()
                    .forEach(date -> dates.add(new ListItem(date.date() + " (" + date.count() + ")")));
            layout.add(dates);
        }
        level.groups().forEach(group -> layout.add(group(group)));
        return layout;
    }

    private static Details group(TaskNoteGroups.Group group) {
        UnorderedList notes = new UnorderedList();
        group.notes().stream().limit(NOTES_SHOWN_PER_GROUP).forEach(note -> notes.add(note(note)));
        int hidden = group.notes().size() - NOTES_SHOWN_PER_GROUP;
        if (hidden > 0) {
            notes.add(new ListItem("… and " + hidden + " more"));
        }
        return new Details(group.summary(), notes);
    }

    private static ListItem note(TaskNoteRecord note) {
        ListItem item = new ListItem(new LinkifiedText(note.note()));
        item.getStyle().set("white-space", "pre-wrap");
        Map<String, Object> data = note.data();
        if (!data.isEmpty()) {
            item.add(new Paragraph(new Code(JSON.writeValueAsString(data))));
        }
        return item;
    }
}
