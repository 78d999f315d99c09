package org.dataregistry.layout;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the admin UI shows a moment: in UTC (the column header says so), to the minute, e.g. "2026-06-01 14:05". */
public final class UtcTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    /** The moment as text, or "" for none (e.g. a user who never signed in). */
    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
