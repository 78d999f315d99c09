package org.dataregistry.job;

import static org.dataregistry.database.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A job as lists and pickers show it. */
public record JobSummary(long id, JobStatus status, Instant start, Instant end) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The job of the current row, from its {@code id}, {@code status}, {@code start} and {@code end} columns. */
    public static JobSummary of(ResultSet rs) throws SQLException {
        return new JobSummary(rs.getLong("id"), JobStatus.valueOf(rs.getString("status")), instant(rs, "start"),
                instant(rs, "end"));
    }

    /** The original's job label, e.g. {@code "03-Feb-01 .. 04-Feb-01 (1)"}; a missing date is left blank. */
    public String label() {
        return day(start) + " .. " + day(end) + " (" + id + ")";
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
