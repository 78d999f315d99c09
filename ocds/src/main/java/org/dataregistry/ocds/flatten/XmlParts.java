package org.dataregistry.ocds.flatten;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Pieces of the XLSX's XML, written as Apache POI's SXSSF writes them. */
final class XmlParts {

    /** The XML declaration. */
    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** The XML declaration of a standalone document. */
    static final String HEADER_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /** Printable ASCII that text content takes as it is: not {@code < > & "}. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (int c = ' '; c < 127; c++) {
            PLAIN[c] = c != '<' && c != '>' && c != '&' && c != '"';
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private XmlParts() {}

    /** The letters of a column, from 0: {@code A}... {@code Z}, {@code AA}... */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** Writes a non-negative number in decimal ASCII. */
    static void writeDecimal(ByteSink out, long value) {
        if (value >= 10) {
            writeDecimal(out, value / 10);
        }
        out.write((int) ('0' + value % 10));
    }

    /**
     * Whether UTF-8 text is written as it is: printable ASCII only, without {@code < > & "}
     * (so nothing to escape or remove, and as many characters as bytes).
     */
    static boolean isPlain(byte[] bytes, int start, int length) {
        int end = start + length;
        int i = start;
        // Eight bytes at a time, then one by one.
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            if (!isPlain((long) LONGS.get(bytes, i))) {
                return false;
            }
        }
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b < 0 || !PLAIN[b]) {
                return false;
            }
        }
        return true;
    }

    /** Whether eight bytes are all {@link #PLAIN}. */
    private static boolean isPlain(long bytes) {
        if ((bytes & HIGH_BITS) != 0) {
            return false;
        }
        // With no high bit set, these are exact: a byte below space, DEL, or one of < > & ".
        long below = bytes - ' ' * ONES & ~bytes & HIGH_BITS;
        return (below
                        | hasZeroByte(bytes ^ 0x7F * ONES)
                        | hasZeroByte(bytes ^ '<' * ONES)
                        | hasZeroByte(bytes ^ '>' * ONES)
                        | hasZeroByte(bytes ^ '&' * ONES)
                        | hasZeroByte(bytes ^ '"' * ONES))
                == 0;
    }

    /** Non-zero exactly when one of the eight bytes is zero. */
    private static long hasZeroByte(long bytes) {
        return bytes - ONES & ~bytes & HIGH_BITS;
    }

    /**
     * Writes text content in UTF-8 as POI's {@code SheetDataWriter.outputEscapedString} does:
     * {@code < > & "} as entities, tab, LF, CR and no-break space as character references, other
     * control characters and U+FFFE, U+FFFF as {@code ?}, unpaired surrogates as {@code ?}.
     */
    static void writeEscaped(ByteSink out, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> writeAscii(out, "&lt;");
                case '>' -> writeAscii(out, "&gt;");
                case '&' -> writeAscii(out, "&amp;");
                case '"' -> writeAscii(out, "&quot;");
                case '\n' -> writeAscii(out, "&#xa;");
                case '\r' -> writeAscii(out, "&#xd;");
                case '\t' -> writeAscii(out, "&#x9;");
                case '\u00A0' -> writeAscii(out, "&#xa0;");
                default -> {
                    if (c < ' ' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                        out.write('?');
                    } else {
                        writeUtf8(out, c);
                    }
                }
            }
        }
    }

    /** Text for an attribute value: {@code & < > "} as entities. */
    static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void writeAscii(ByteSink out, String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    private static void writeUtf8(ByteSink out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | c >> 6);
            out.write(0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out.write(0xE0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        } else {
            out.write(0xF0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        }
    }
}
