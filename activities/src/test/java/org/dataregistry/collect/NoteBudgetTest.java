package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dataregistry.task.TaskNoteRecord;
import org.junit.jupiter.api.Test;

class NoteBudgetTest {

    @Test
    void notesWithinTheBudgetAreKeptAsTheyAre() {
        List<TaskNoteRecord> notes = List.of(note(TaskNoteRecord.ERROR, "HTTP 404"), note(TaskNoteRecord.WARNING, "Data loss"));

        assertThat(NoteBudget.keep(notes, 1000)).isEqualTo(notes);
    }

    @Test
    void notesBeyondTheBudgetAreCountedByLevelAndType() {
        List<TaskNoteRecord> notes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            notes.add(note(TaskNoteRecord.ERROR, "HTTP 404"));
        }
        notes.add(note(TaskNoteRecord.WARNING, "Data loss"));

        List<TaskNoteRecord> kept = NoteBudget.keep(notes, 250);

        assertThat(kept).hasSize(4);
        assertThat(kept.subList(0, 2)).isEqualTo(notes.subList(0, 2));
        assertThat(kept.get(2)).isEqualTo(new TaskNoteRecord(TaskNoteRecord.ERROR,
                "3 more HTTP 404 messages are in the Scrapy log", Map.of("type", "HTTP 404", "omitted", 3)));
        assertThat(kept.get(3)).isEqualTo(new TaskNoteRecord(TaskNoteRecord.WARNING,
                "1 more Data loss messages are in the Scrapy log", Map.of("type", "Data loss", "omitted", 1)));
    }

    private static TaskNoteRecord note(String level, String type) {
        return new TaskNoteRecord(level, "x".repeat(100), Map.of("type", type));
    }
}
