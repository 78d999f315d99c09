package org.dataregistry.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding about a task (a crawl log line, a merge warning...), stored as a {@code task_note}.
 *
 * @param level {@code WARNING}, {@code ERROR}, {@code CRITICAL} or {@code UNKNOWN}
 * @param note the message, or the aggregate's name (e.g. {@code DuplicateIdValueWarning})
 * @param data details, e.g. {@code {"type": "HTTP 404"}} or {@code {"count": 7, "path": "awards"}}
 */
public record TaskNoteRecord(String level, String note, Map<String, Object> data) {

    public static final String WARNING = "WARNING";
    public static final String ERROR = "ERROR";
    public static final String CRITICAL = "CRITICAL";
    public static final String UNKNOWN = "UNKNOWN";

    public TaskNoteRecord {
        // Kept in order and allowed to hold nulls (Kingfisher Process note data can).
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
