package org.dataregistry.ocds.export;

import tools.jackson.databind.JsonNode;

/**
 * Which export file a compiled release goes to besides {@code full}: its year, or {@code undated}.
 *
 * <p>The Data Registry's rule, exactly: the year is {@code int(date[:4])} when {@code date[:7]}
 * parses with Python's {@code strptime(..., "%Y-%m")}, else {@code undated}. So {@code "2020-01-15"}
 * and {@code "2020-1"} give {@code 2020}; {@code "2020-13"}, {@code "2020-00"}, {@code "2020"},
 * {@code "0000-01"} (year 0 is no date) and a missing, null or non-string {@code date} give
 * {@code undated}. As in Python, the year's digits may be any Unicode decimal digits (the month's
 * are ASCII) and the first 7 characters are code points; the year is written without leading zeros ({@code "0999-01"} gives {@code 999}).
 */
public final class ExportYear {

    /** The stem of the file for releases without a usable date. */
    public static final String UNDATED = "undated";

    private static final int PREFIX_LENGTH = 7;

    private ExportYear() {}

    /**
     * The file stem for a release's {@code date} member.
     *
     * @param date the member, or {@code null} if absent
     * @return the year as text, e.g. {@code "2020"}, or {@link #UNDATED}
     */
    public static String stemOf(JsonNode date) {
        return date != null && date.isString() ? stemOf(date.stringValue()) : UNDATED;
    }

    /**
     * The file stem for a {@code date} string (a non-string date can never match: its JSON text
     * has no {@code "-"} after four digits).
     *
     * @param date the date, or {@code null}
     * @return the year as text, e.g. {@code "2020"}, or {@link #UNDATED}
     */
    public static String stemOf(String date) {
        if (date == null) {
            return UNDATED;
        }
        int[] prefix = date.codePoints().limit(PREFIX_LENGTH).toArray();
        if (!isYearMonth(prefix)) {
            return UNDATED;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            year = year * 10 + Character.digit(prefix[i], 10);
        }
        return year == 0 ? UNDATED : Integer.toString(year);
    }

    /** {@code strptime("%Y-%m")}: four digits, a dash, then {@code 1[0-2]|0[1-9]|[1-9]}, nothing more. */
    private static boolean isYearMonth(int[] text) {
        if (text.length < 6 || text[4] != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(text[i])) {
                return false;
            }
        }
        int first = asciiDigit(text[5]);
        if (text.length == 6) {
            return first >= 1;
        }
        int second = asciiDigit(text[6]);
        return first == 1 && second >= 0 && second <= 2 || first == 0 && second >= 1;
    }

    /** The month's pattern uses character ranges, which match ASCII digits only. */
    private static int asciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9' ? codePoint - '0' : -1;
    }
}
