package org.dataregistry.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.task.TaskNoteRecord;

/**
 * A task's notes as the job page arranges them: per level (WARNING, ERROR, CRITICAL, UNKNOWN), the
 * merge warnings the processor aggregated said in a sentence each, and the other notes grouped by their
 * {@code data.type}.
 *
 * @param level WARNING, ERROR, CRITICAL or UNKNOWN
 * @param duplicateIds one sentence per array path with objects sharing an id, e.g. "7 merge warnings about objects
 *     in the awards array having the same id"
 * @param repeatedDates the releases whose date repeats, or null when none do
 * @param groups the other notes by type, the largest group first
 */
record TaskNoteGroups(String level, List<String> duplicateIds, RepeatedDates repeatedDates, List<Group> groups) {

    static final List<String> LEVELS =
            List.of(TaskNoteRecord.WARNING, TaskNoteRecord.ERROR, TaskNoteRecord.CRITICAL, TaskNoteRecord.UNKNOWN);
    static final String DUPLICATE_ID = "DuplicateIdValueWarning";
    static final String REPEATED_DATE = "RepeatedDateValueWarning";
    static final String UNCATEGORIZED = "Uncategorized";
    /** How many of the most frequent repeated dates are listed. */
    static final int MOST_FREQUENT_DATES = 10;

    /** The levels that have notes, in order, each with its notes arranged. */
    static List<TaskNoteGroups> of(List<TaskNoteRecord> notes) {
        List<TaskNoteGroups> levels = new ArrayList<>();
        for (String level : LEVELS) {
            List<TaskNoteRecord> ofLevel =
                    notes.stream().filter(note -> note.level().equals(level)).toList();
            if (!ofLevel.isEmpty()) {
                levels.add(arrange(level, ofLevel));
            }
        }
        return levels;
    }

    private static TaskNoteGroups arrange(String level, List<TaskNoteRecord> notes) {
        List<String> duplicateIds = new ArrayList<>();
        List<DateCount> dates = new ArrayList<>();
        Map<String, List<TaskNoteRecord>> byType = new LinkedHashMap<>();
        for (TaskNoteRecord note : notes) {
            if (note.note().equals(DUPLICATE_ID) && note.data().containsKey("path")) {
                long count = count(note);
                duplicateIds.add(count + " merge warning" + plural(count) + " about objects in the "
                        + note.data().get("path") + " array having the same id");
            } else if (note.note().equals(REPEATED_DATE) && note.data().containsKey("date")) {
                dates.add(new DateCount(String.valueOf(note.data().get("date")), count(note)));
            } else {
                byType.computeIfAbsent(type(note), type -> new ArrayList<>()).add(note);
            }
        }
        List<Group> groups = byType.entrySet().stream()
                .map(entry -> new Group(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing((Group group) -> group.notes().size())
                        .reversed()
                        .thenComparing(Group::type))
                .toList();
        return new TaskNoteGroups(level, duplicateIds, dates.isEmpty() ? null : RepeatedDates.of(dates), groups);
    }

    private static long count(TaskNoteRecord note) {
        return note.data().get("count") instanceof Number number ? number.longValue() : 1;
    }

    private static String type(TaskNoteRecord note) {
        Object type = note.data().get("type");
        return type == null || type.toString().isBlank() ? UNCATEGORIZED : type.toString();
    }

    static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    /**
     * Releases whose date repeats the previous release's of the same OCID.
     *
     * @param total how many such releases
     * @param mostFrequent the dates repeated most, most first (at most {@value #MOST_FREQUENT_DATES})
     */
    record RepeatedDates(long total, List<DateCount> mostFrequent) {

        static RepeatedDates of(List<DateCount> dates) {
            return new RepeatedDates(
                    dates.stream().mapToLong(DateCount::count).sum(),
                    dates.stream()
                            .sorted(Comparator.comparingLong(DateCount::count)
                                    .reversed()
                                    .thenComparing(DateCount::date))
                            .limit(MOST_FREQUENT_DATES)
                            .toList());
        }

        /** E.g. "12 merge warnings about releases having the same date". */
        String summary() {
            return total + " merge warning" + plural(total) + " about releases having the same date";
        }
    }

    record DateCount(String date, long count) {}

    /** Notes of one {@code data.type} ("Uncategorized" when they have none). */
    record Group(String type, List<TaskNoteRecord> notes) {

        /** E.g. "HTTP 404 (12)". */
        String summary() {
            return type + " (" + notes.size() + ")";
        }
    }
}
