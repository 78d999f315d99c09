package org.dataregistry.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar date a release date starts with, as the registry keeps a publication's dates. Publishers' and
 * Kingfisher Process's dates come in odd forms (e.g. {@code "2024-05-01 16:30:04.160T12:00:00Z"}): anything that
 * starts with a valid {@code YYYY-MM-DD} gives that date, anything else none.
 */
public final class DatePart {

    private static final int LENGTH = "YYYY-MM-DD".length();

    private DatePart() {}

    /** The ISO date {@code value} starts with, or null. */
    public static String of(String value) {
        if (value == null || value.length() < LENGTH) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, LENGTH)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
