package org.dataregistry.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dataregistry.task.TaskNoteRecord;

/**
 * A process task's notes, aggregated as the original Data Registry aggregates Kingfisher Process's notes:
 * {@code DuplicateIdValueWarning}s summed per array path into {@code {"count", "path"}}, {@code
 * RepeatedDateValueWarning}s counted per date into {@code {"count", "date"}}, other warnings and errors kept as they
 * are. Thousands of identical warnings would bury the rest; the aggregates say the same in a few lines.
 * <p>
 * Beyond the original: at most {@value #LISTED_PER_LEVEL} other notes are kept per level, then one note counts the
 * rest, so a file of a million unreadable values doesn't become a million notes. Not thread-safe.
 */
public final class ProcessNotes {

    /** The type of the warnings aggregated per path. */
    public static final String DUPLICATE_ID = "DuplicateIdValueWarning";
    /** The type of the warnings aggregated per date. */
    public static final String REPEATED_DATE = "RepeatedDateValueWarning";

    static final int LISTED_PER_LEVEL = 1000;

    private final Map<String, Long> duplicateIdsByPath = new TreeMap<>();
    private final Map<String, Long> repeatedDatesByDate = new TreeMap<>();
    private final Level warnings = new Level(TaskNoteRecord.WARNING);
    private final Level errors = new Level(TaskNoteRecord.ERROR);

    /** Adds {@code count} duplicate ids in the array at {@code path}. */
    public void duplicateIds(String path, long count) {
        duplicateIdsByPath.merge(path, count, Long::sum);
    }

    /** Adds one release whose date repeats the previous release's. */
    public void repeatedDate(String date) {
        repeatedDatesByDate.merge(date, 1L, Long::sum);
    }

    /** Adds a warning kept as it is. */
    public void warning(String note, Map<String, Object> data) {
        warnings.add(note, data);
    }

    /** Adds an error kept as it is. */
    public void error(String note, Map<String, Object> data) {
        errors.add(note, data);
    }

    /**
     * The notes to store: the duplicate-id aggregates by path, the repeated-date aggregates by date, the other
     * warnings, then the errors, each in the order added.
     */
    public List<TaskNoteRecord> notes() {
        List<TaskNoteRecord> notes = new ArrayList<>();
        duplicateIdsByPath.forEach((path, count) -> notes.add(aggregate(DUPLICATE_ID, count, "path", path)));
        repeatedDatesByDate.forEach((date, count) -> notes.add(aggregate(REPEATED_DATE, count, "date", date)));
        warnings.addTo(notes);
        errors.addTo(notes);
        return notes;
    }

    private static TaskNoteRecord aggregate(String type, long count, String key, String value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", count);
        data.put(key, value);
        return new TaskNoteRecord(TaskNoteRecord.WARNING, type, data);
    }

    /** The notes of one level kept as they are, up to the limit, and how many were left out. */
    private static final class Level {

        private final String level;
        private final List<TaskNoteRecord> listed = new ArrayList<>();
        private long leftOut;

        Level(String level) {
            this.level = level;
        }

        void add(String note, Map<String, Object> data) {
            if (listed.size() < LISTED_PER_LEVEL) {
                listed.add(new TaskNoteRecord(level, note, data));
            } else {
                leftOut++;
            }
        }

        void addTo(List<TaskNoteRecord> notes) {
            notes.addAll(listed);
            if (leftOut > 0) {
                notes.add(new TaskNoteRecord(
                        level,
                        leftOut + " more notes of this level were not listed",
                        Map.of("type", "NotListed", "count", leftOut)));
            }
        }
    }
}
