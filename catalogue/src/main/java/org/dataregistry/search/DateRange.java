package org.dataregistry.search;

import java.time.LocalDate;

/**
 * How recent a publication's data is, as the search's date range filter offers it: the active job's first or last
 * release date is within so many days of today (the job's dates, not the publication's overrides, as in the original).
 */
public enum DateRange {
    PAST_MONTH("1M", 30),
    PAST_6_MONTHS("6M", 180),
    PAST_YEAR("1Y", 365),
    PAST_5_YEARS("5Y", 1825);

    private final String code;
    private final int days;

    DateRange(String code, int days) {
        this.code = code;
        this.days = days;
    }

    /** The query parameter value, e.g. {@code 1Y}. */
    public String code() {
        return code;
    }

    /** Whether data from {@code from} to {@code to} (either may be unknown) reaches into this range before today. */
    boolean includes(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate limit = today.minusDays(days);
        return (from != null && !from.isBefore(limit)) || (to != null && !to.isBefore(limit));
    }

    /** The range named by a query parameter value, or {@code null}. */
    static DateRange ofCode(String value) {
        for (DateRange range : values()) {
            if (range.code.equals(value)) {
                return range;
            }
        }
        return null;
    }
}
