package org.dataregistry.job;

import static org.dataregistry.database.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A job as lists and pickers show it.
 *
 * @param sharesDay whether another job of its publication started the same day (UTC): its label then shows times
 */
public record JobSummary(long id, JobStatus status, Instant start, Instant end, boolean sharesDay) {

    /**
     * The {@code shares_day} column {@link #of} reads, for a query whose job table is aliased {@code j}: whether
     * another job of the same publication started the same UTC day.
     */
    public static final String SHARES_DAY = """
            EXISTS (SELECT 1 FROM job same_day
                    WHERE same_day.publication_id = j.publication_id AND same_day.id <> j.id
                      AND (same_day.start AT TIME ZONE 'UTC')::date = (j.start AT TIME ZONE 'UTC')::date) AS shares_day
            """;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A job whose label shows days only. */
    public JobSummary(long id, JobStatus status, Instant start, Instant end) {
        this(id, status, start, end, false);
    }

    /**
     * The job of the current row, from its {@code id}, {@code status}, {@code start}, {@code end} and
     * {@link #SHARES_DAY shares_day} columns.
     */
    public static JobSummary of(ResultSet rs) throws SQLException {
        return new JobSummary(
                rs.getLong("id"),
                JobStatus.valueOf(rs.getString("status")),
                instant(rs, "start"),
                instant(rs, "end"),
                rs.getBoolean("shares_day"));
    }

    /**
     * The original's job label, its dates and id, in ISO: {@code "2026-11-01 .. 2026-11-02 (1)"}; with times when
     * another job of the publication started the same day, {@code "2026-11-01 10:00 UTC .. 2026-11-01 11:30 UTC (2)"}.
     * A missing date is left blank.
     */
    public String label() {
        return moment(start) + " .. " + moment(end) + " (" + id + ")";
    }

    private String moment(Instant instant) {
        return instant == null ? "" : (sharesDay ? MINUTE : DAY).format(instant);
    }
}
