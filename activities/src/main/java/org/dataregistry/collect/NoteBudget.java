package org.dataregistry.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dataregistry.task.TaskNoteRecord;

/**
 * Keeps the notes an activity returns within what Temporal carries: a result is one payload, and Temporal refuses
 * payloads over 2 MB. Notes are kept in order while their text fits the budget; the rest become one note per level
 * and type that says how many were left out. A crawl that logs thousands of errors still completes, and its notes
 * still show every kind of error.
 */
final class NoteBudget {

    /** Characters of note text kept: a quarter of Temporal's limit, leaving room for JSON escaping and the rest. */
    static final int DEFAULT_CHARACTERS = 500_000;

    private NoteBudget() {
    }

    static List<TaskNoteRecord> keep(List<TaskNoteRecord> notes, int characters) {
        List<TaskNoteRecord> kept = new ArrayList<>();
        Map<List<String>, Integer> leftOut = new LinkedHashMap<>();
        int used = 0;
        for (TaskNoteRecord note : notes) {
            if (leftOut.isEmpty() && used + note.note().length() <= characters) {
                kept.add(note);
                used += note.note().length();
            } else {
                leftOut.merge(List.of(note.level(), String.valueOf(note.data().get("type"))), 1, Integer::sum);
            }
        }
        leftOut.forEach((levelAndType, count) -> kept.add(new TaskNoteRecord(levelAndType.get(0),
                count + " more " + levelAndType.get(1) + " messages are in the Scrapy log",
                Map.of("type", levelAndType.get(1), "omitted", count))));
        return kept;
    }
}
