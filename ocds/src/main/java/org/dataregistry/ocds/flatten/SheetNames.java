package org.dataregistry.ocds.flatten;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Excel sheet names for tables: at most 31 characters, shortened by flatterer's rule, and unique.
 *
 * <p>Flatterer's rule ({@code truncate_xlsx_title}): a name of up to 31 characters, or without
 * {@code _}, is cut at 31; otherwise the last {@code _}-separated part is kept and every other
 * part is cut to an equal share of what remains, so
 * {@code contracts_implementation_transactions} becomes {@code contract_implemen_transactions}
 * (and if no share is left, the last part alone, cut at 31).
 *
 * <p>Beyond flatterer: characters Excel forbids in sheet names ({@code []:*?/\}) become
 * {@code _}, and a name that repeats an earlier one (Excel ignores case) gets {@code ~2},
 * {@code ~3}... within the 31 characters; flatterer would fail on both, and the Data Registry
 * would then publish no XLSX. Lengths count UTF-16 characters, as Excel does (flatterer counts
 * bytes, which differs only for non-ASCII names).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private static final String SEPARATOR = "_";

    private final Set<String> used = new HashSet<>();

    /** The sheet name for a table, unique among the names given so far. */
    String sheetFor(String table) {
        String name = truncate(table.replaceAll("[\\[\\]:*?/\\\\]", "_"));
        String unique = name;
        for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            unique = name.substring(0, Math.min(name.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return unique;
    }

    /** Flatterer's {@code truncate_xlsx_title} with the separator {@code _}. */
    static String truncate(String title) {
        String[] parts = title.split(SEPARATOR, -1);
        if (parts.length == 1 || title.length() <= MAX_LENGTH) {
            return cut(title, MAX_LENGTH);
        }
        String last = parts[parts.length - 1];
        int rest = MAX_LENGTH - Math.min(last.length(), MAX_LENGTH);
        int shareWithSeparator = rest / (parts.length - 1);
        int share = shareWithSeparator - Math.min(shareWithSeparator, SEPARATOR.length());
        if (share < 1) {
            return cut(last, MAX_LENGTH);
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            name.append(cut(parts[i], share)).append(SEPARATOR);
        }
        return name.append(last).toString();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
