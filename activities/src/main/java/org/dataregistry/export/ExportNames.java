package org.dataregistry.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a job's published files: {@code <stem>.jsonl.gz} written by the exporter, and
 * {@code <stem>.csv.tar.gz} and {@code <stem>.xlsx} flattened from it, where the stem is {@code full},
 * {@code undated} or a year.
 */
public final class ExportNames {

    /**
     * A year has one to four digits: the year rule writes it without leading zeros, so a publisher's typo such
     * as {@code 0201-05-01} gives {@code 201.jsonl.gz}. No name that matches can leave the export directory.
     */
    private static final String STEM = "(full|undated|\\d{1,4})";

    private static final Pattern JSON_LINES = Pattern.compile(STEM + "\\.jsonl\\.gz");
    private static final Pattern FLATTENED = Pattern.compile(STEM + "\\.(csv\\.tar\\.gz|xlsx)");

    private ExportNames() {}

    /** Whether {@code name} is the name of an exported JSON Lines file, e.g. {@code 2020.jsonl.gz}. */
    public static boolean isJsonLines(String name) {
        return name != null && JSON_LINES.matcher(name).matches();
    }

    /**
     * The JSON Lines file that a CSV archive or Excel file is flattened from, e.g. {@code 2020.jsonl.gz} for
     * {@code 2020.xlsx}; {@code null} if {@code name} is neither.
     */
    public static String flattenedFrom(String name) {
        Matcher flattened = FLATTENED.matcher(name);
        return flattened.matches() ? flattened.group(1) + ".jsonl.gz" : null;
    }
}
