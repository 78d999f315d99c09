package org.dataregistry.ocds.flatten;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as flatterer writes it (Rust's {@code csv} crate, default settings): fields separated by
 * commas, records ended by {@code \n}, a field quoted (quotes doubled) only when it holds a comma,
 * a quote, {@code \r} or {@code \n}, and a record of one empty field written {@code ""}.
 */
final class CsvFormat {

    /** For each byte: 1 if it makes a field quoted (comma, CR, LF), 2 for a quote, else 0. */
    private static final byte[] QUOTING = new byte[256];

    static {
        QUOTING[','] = 1;
        QUOTING['\r'] = 1;
        QUOTING['\n'] = 1;
        QUOTING['"'] = 2;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private CsvFormat() {}

    /** Whether eight bytes hold a comma, quote, CR or LF. */
    private static boolean mayQuote(long bytes) {
        return (hasZeroByte(bytes ^ ',' * ONES)
                        | hasZeroByte(bytes ^ '"' * ONES)
                        | hasZeroByte(bytes ^ '\n' * ONES)
                        | hasZeroByte(bytes ^ '\r' * ONES))
                != 0;
    }

    /** Non-zero exactly when one of the eight bytes is zero (the classic bit trick). */
    private static long hasZeroByte(long bytes) {
        return bytes - ONES & ~bytes & HIGH_BITS;
    }

    /**
     * Whether a UTF-8 field {@link #needsQuotes needs quotes}: -1 if not, else how many quote
     * characters it holds (each is doubled).
     */
    static int quotesIn(byte[] utf8) {
        // Eight bytes at a time up to the first that may matter (most fields have none), then one by one.
        int start = 0;
        while (start + Long.BYTES <= utf8.length && !mayQuote((long) LONGS.get(utf8, start))) {
            start += Long.BYTES;
        }
        boolean quoted = false;
        int quotes = 0;
        for (int i = start; i < utf8.length; i++) {
            byte b = utf8[i];
            int quoting = QUOTING[b & 0xFF];
            if (quoting != 0) {
                quoted = true;
                quotes += quoting >> 1;
            }
        }
        return quoted ? quotes : -1;
    }

    /** Writes a UTF-8 field quoted, with its {@code quotes} quote characters doubled. */
    static void writeQuoted(ByteSink out, byte[] utf8, int quotes) {
        out.ensure(utf8.length + quotes + 2);
        out.write('"');
        if (quotes == 0) {
            out.write(utf8);
        } else {
            for (byte b : utf8) {
                if (b == '"') {
                    out.write('"');
                }
                out.write(b);
            }
        }
        out.write('"');
    }

    /** Appends one field, quoted if needed. */
    static void appendField(StringBuilder out, String field) {
        if (!needsQuotes(field)) {
            out.append(field);
            return;
        }
        appendQuoted(out, field);
    }

    /** A field that {@link #needsQuotes needs quotes}, quoted. */
    static String quote(String field) {
        StringBuilder out = new StringBuilder(field.length() + 8);
        appendQuoted(out, field);
        return out.toString();
    }

    /** The field that {@link #quote} quoted. */
    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }

    private static void appendQuoted(StringBuilder out, String field) {
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

    /**
     * The length of records as {@link SpilledRow#appendCsv} writes them.
     *
     * @param records    how many records
     * @param columns    the fields of each
     * @param fieldBytes the bytes of all their fields, quoted as needed
     * @param emptyRecords the records whose fields are all empty (written {@code ""} when there is one column)
     */
    static long recordsLength(long records, int columns, long fieldBytes, long emptyRecords) {
        // a separator after each field but the last, then a line end; "" for a lone empty field
        return fieldBytes + records * columns + (columns == 1 ? 2 * emptyRecords : 0);
    }

    /**
     * A CSV file's header line, in UTF-8: the column names, control characters replaced by spaces.
     */
    static byte[] header(List<String> columns) {
        String[] names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = XmlText.replaceControlCharacters(columns.get(i), " ");
        }
        StringBuilder record = new StringBuilder();
        appendRecord(record, names);
        return record.toString().getBytes(StandardCharsets.UTF_8);
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

    /**
     * Whether a field is quoted: it holds a comma, a quote, CR or LF. (String.indexOf is
     * vectorized; four scans beat one loop over the characters.)
     */
    static boolean needsQuotes(String field) {
        return field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
    }
}
