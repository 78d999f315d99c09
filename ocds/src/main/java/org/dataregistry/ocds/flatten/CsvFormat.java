package org.dataregistry.ocds.flatten;

/**
 * CSV as flatterer writes it (Rust's {@code csv} crate, default settings): fields separated by
 * commas, records ended by {@code \n}, a field quoted (quotes doubled) only when it holds a comma,
 * a quote, {@code \r} or {@code \n}, and a record of one empty field written {@code ""}.
 */
final class CsvFormat {

    private CsvFormat() {
    }

    /** Appends one field, quoted if needed. */
    static void appendField(StringBuilder out, String field) {
        if (!needsQuotes(field)) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Appends one record and its {@code \n}; {@code null} fields are empty. */
    static void appendRecord(StringBuilder out, String[] fields) {
        if (fields.length == 1 && (fields[0] == null || fields[0].isEmpty())) {
            out.append("\"\"\n");
            return;
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (fields[i] != null) {
                appendField(out, fields[i]);
            }
        }
        out.append('\n');
    }

    /** String.indexOf is vectorized; four scans beat one loop over the characters. */
    private static boolean needsQuotes(String field) {
        return field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
    }
}
