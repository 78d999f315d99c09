package org.dataregistry.time;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The admin UI's one way of writing dates: ISO, a day as {@code 2026-12-07} and a moment in UTC to the minute as
 * {@code 2026-12-07 14:03} (the column header or label says "(UTC)", which keeps the cells narrow); date pickers show
 * and accept the same form, whatever the browser's locale.
 */
public final class UtcTime {

    /** A day, as date pickers show and read it. */
    public static final String DATE_PATTERN = "yyyy-MM-dd";

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm:ss").withZone(ZoneOffset.UTC);

    private UtcTime() {}

    /** The moment as text, e.g. "2026-12-07 14:03", or "" for none (e.g. a user who never signed in). */
    public static String format(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The moment to the second, e.g. "2026-12-07 14:03:05", or "" for none: for events seconds apart. */
    public static String formatSeconds(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }

    /** The day as text, e.g. "2026-12-07", or "" for none. */
    public static String format(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Makes date pickers show and accept {@code 2026-12-07} (instead of the browser locale's, e.g. 12/7/2026). */
    public static void isoInput(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setI18n(isoDays());
            picker.setPlaceholder(DATE_PATTERN);
        }
    }

    /** Makes date-time pickers show and accept {@code 2026-12-07} and a 24-hour time. */
    public static void isoInput(DateTimePicker... pickers) {
        for (DateTimePicker picker : pickers) {
            picker.setLocale(Locale.UK);
            picker.setDatePickerI18n(isoDays());
            picker.setDatePlaceholder(DATE_PATTERN);
        }
    }

    private static DatePicker.DatePickerI18n isoDays() {
        return new DatePicker.DatePickerI18n()
                .setDateFormat(DATE_PATTERN)
                .setFirstDayOfWeek(DayOfWeek.MONDAY.getValue() % 7);
    }
}
