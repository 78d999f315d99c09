package org.dataregistry.ocds.flatten;

import java.util.HashSet;
import java.util.Set;

/**
 * File names for tables' CSV files: {@code <table>.csv}. Table names come from JSON member
 * names, so characters that file systems or tar readers treat specially ({@code /}, {@code \},
 * control characters) become {@code _}, names are cut to 200 characters, and a repeated name
 * gets {@code ~2}, {@code ~3}... OCDS table names are never changed by this.
 */
final class CsvFileNames {

    private static final int MAX_STEM_LENGTH = 200;

    private final Set<String> used = new HashSet<>();

    /** The file name for a table, unique among the names given so far. */
    String fileFor(String table) {
        String stem = table.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        if (stem.isEmpty() || stem.startsWith(".")) {
            stem = "_" + stem;
        }
        if (stem.length() > MAX_STEM_LENGTH) {
            stem = stem.substring(0, MAX_STEM_LENGTH);
        }
        String unique = stem;
        for (int n = 2; !used.add(unique); n++) {
            unique = stem + "~" + n;
        }
        return unique + ".csv";
    }
}
