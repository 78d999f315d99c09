package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dataregistry.job.TaskNoteGroups.DateCount;
import org.dataregistry.job.TaskNoteGroups.Group;
import org.dataregistry.task.TaskNoteRecord;
import org.junit.jupiter.api.Test;

class TaskNoteGroupsTest {

    @Test
    void levelsComeInTheOriginalsOrderAndOnlyWhenTheyHaveNotes() {
        List<TaskNoteGroups> levels = TaskNoteGroups.of(List.of(
                note("UNKNOWN", "odd line", Map.of()),
                note("ERROR", "HTTP 500", Map.of("type", "HTTP 500")),
                note("WARNING", "slow", Map.of())));

        assertThat(levels).extracting(TaskNoteGroups::level).containsExactly("WARNING", "ERROR", "UNKNOWN");
    }

    @Test
    void duplicateIdAggregatesBecomeOneSentencePerPath() {
        TaskNoteGroups warnings = TaskNoteGroups.of(List.of(
                        note("WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "awards")),
                        note("WARNING", "DuplicateIdValueWarning", Map.of("count", 1, "path", "tender/items"))))
                .getFirst();

        assertThat(warnings.duplicateIds())
                .containsExactly(
                        "7 merge warnings about objects in the awards array having the same id",
                        "1 merge warning about objects in the tender/items array having the same id");
        assertThat(warnings.groups()).isEmpty();
    }

    @Test
    void repeatedDatesAreTotalledWithTheTenMostFrequentDates() {
        List<TaskNoteRecord> notes = new ArrayList<>();
        IntStream.rangeClosed(1, 12)
                .forEach(day -> notes.add(note(
                        "WARNING",
                        "RepeatedDateValueWarning",
                        Map.of("count", day, "date", "2024-01-%02dT00:00:00Z".formatted(day)))));

        TaskNoteGroups.RepeatedDates repeated =
                TaskNoteGroups.of(notes).getFirst().repeatedDates();

        assertThat(repeated.total()).isEqualTo(78);
        assertThat(repeated.summary()).isEqualTo("78 merge warnings about releases having the same date");
        assertThat(repeated.mostFrequent()).hasSize(10).first().isEqualTo(new DateCount("2024-01-12T00:00:00Z", 12));
        assertThat(repeated.mostFrequent()).last().isEqualTo(new DateCount("2024-01-03T00:00:00Z", 3));
    }

    @Test
    void otherNotesAreGroupedByTypeLargestGroupFirstUntypedOnesAsUncategorized() {
        TaskNoteGroups errors = TaskNoteGroups.of(List.of(
                        note("ERROR", "HTTP 404 for https://example.com/1", Map.of("type", "HTTP 404")),
                        note("ERROR", "no type", Map.of()),
                        note("ERROR", "HTTP 404 for https://example.com/2", Map.of("type", "HTTP 404")),
                        note("ERROR", "OCID ocds-1 can't be compiled", Map.of("type", "MergeError"))))
                .getFirst();

        assertThat(errors.groups())
                .extracting(Group::summary)
                .containsExactly("HTTP 404 (2)", "MergeError (1)", "Uncategorized (1)");
        assertThat(errors.groups().getFirst().notes())
                .extracting(TaskNoteRecord::note)
                .containsExactly("HTTP 404 for https://example.com/1", "HTTP 404 for https://example.com/2");
        assertThat(errors.repeatedDates()).isNull();
        assertThat(errors.duplicateIds()).isEmpty();
    }

    @Test
    void anAggregateNameWithoutItsDataIsAnOrdinaryNote() {
        TaskNoteGroups warnings = TaskNoteGroups.of(
                        List.of(note("WARNING", "DuplicateIdValueWarning", Map.of("type", "DuplicateIdValueWarning"))))
                .getFirst();

        assertThat(warnings.duplicateIds()).isEmpty();
        assertThat(warnings.groups()).extracting(Group::summary).containsExactly("DuplicateIdValueWarning (1)");
    }

    private static TaskNoteRecord note(String level, String note, Map<String, Object> data) {
        return new TaskNoteRecord(level, note, data);
    }
}
