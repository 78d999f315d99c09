package org.dataregistry.publication;

import java.time.LocalDate;

/** The choices of the "last reviewed" filter: Django's date filter plus "previous year" and "more than a year ago". */
public enum LastReviewed {
    ANY_DATE("Any date"),
    TODAY("Today"),
    PAST_7_DAYS("Past 7 days"),
    THIS_MONTH("This month"),
    THIS_YEAR("This year"),
    PREVIOUS_YEAR("Previous year"),
    MORE_THAN_A_YEAR_AGO("More than a year ago"),
    NO_DATE("No date"),
    HAS_DATE("Has date");

    private final String label;

    LastReviewed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The half-open range {@code [from, until)} of review dates this choice matches on {@code today}; a null
     * bound is open. Not meaningful for {@link #ANY_DATE}, {@link #NO_DATE} and {@link #HAS_DATE}.
     */
    DateRange range(LocalDate today) {
        return switch (this) {
            case TODAY -> new DateRange(today, today.plusDays(1));
            case PAST_7_DAYS -> new DateRange(today.minusDays(7), today.plusDays(1));
            case THIS_MONTH ->
                new DateRange(today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
            case THIS_YEAR ->
                new DateRange(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1));
            case PREVIOUS_YEAR -> new DateRange(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1));
            case MORE_THAN_A_YEAR_AGO -> new DateRange(null, today.minusYears(1));
            case ANY_DATE, NO_DATE, HAS_DATE -> new DateRange(null, null);
        };
    }

    record DateRange(LocalDate from, LocalDate until) {}
}
