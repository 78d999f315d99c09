package org.dataregistry.ocds.flatten;

import java.util.List;

/**
 * The text of a flattened value, as flatterer writes it in a cell.
 *
 * <ul>
 *   <li>a string as it is; {@code null} as an empty cell; booleans as {@code true}/{@code false};</li>
 *   <li>a number as published ({@code 1.50}, {@code 1e3}): flatterer reads numbers as 64-bit
 *       floats and writes {@code 1.5} and {@code 1000.0}; keeping the publisher's text loses
 *       nothing and is a deliberate difference;</li>
 *   <li>an array of strings as one CSV record ({@code buyer,procuringEntity}, an element with a
 *       comma or quote quoted), trimmed of surrounding white space, as flatterer does;</li>
 *   <li>any other array, or an object, as compact JSON text in serde_json's style.</li>
 * </ul>
 */
final class CellText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CellText() {}

    /** The cell text of a scalar, an array or an object from a parsed tree. */
    static String of(Object value) {
        return switch (value) {
            case String string -> string;
            case JsonNumber number -> number.text();
            case Boolean bool -> bool.toString();
            case JsonNull ignored -> "";
            default -> json(value);
        };
    }

    /** An array of strings as one CSV record, trimmed like Rust's {@code str::trim}. */
    static String stringList(List<?> strings) {
        StringBuilder record = new StringBuilder();
        if (strings.size() == 1 && ((String) strings.getFirst()).isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < strings.size(); i++) {
            if (i > 0) {
                record.append(',');
            }
            CsvFormat.appendField(record, (String) strings.get(i));
        }
        return trim(record);
    }

    /** Compact JSON text, as serde_json writes it. */
    static String json(Object value) {
        StringBuilder text = new StringBuilder();
        appendJson(text, value);
        return text.toString();
    }

    private static void appendJson(StringBuilder text, Object value) {
        switch (value) {
            case String string -> appendJsonString(text, string);
            case JsonNumber number -> text.append(number.text());
            case Boolean bool -> text.append(bool);
            case JsonNull ignored -> text.append("null");
            case List<?> array -> {
                text.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    appendJson(text, array.get(i));
                }
                text.append(']');
            }
            case OrderedObject object -> {
                text.append('{');
                for (int i = 0; i < object.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    appendJsonString(text, object.key(i));
                    text.append(':');
                    appendJson(text, object.value(i));
                }
                text.append('}');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static void appendJsonString(StringBuilder text, String string) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    /** Removes leading and trailing Unicode White_Space, as Rust's {@code str::trim}. */
    private static String trim(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhiteSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    private static boolean isWhiteSpace(char c) {
        return c >= '\t' && c <= '\r'
                || c == ' '
                || c == '\u0085'
                || c == '\u00A0'
                || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }
}
