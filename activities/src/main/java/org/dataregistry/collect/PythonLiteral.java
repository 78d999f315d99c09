package org.dataregistry.collect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Python literals Scrapy writes to its log with {@code repr}: the dicts of scraped items, which
 * scrapyloganalyzer reads with {@code ast.literal_eval}, and the stats dump, whose {@code datetime.datetime(...)}
 * values logparser keeps as text. Strings, numbers, {@code True}, {@code False}, {@code None}, dicts, lists, tuples
 * and sets; integers are {@link Long} (or {@link BigInteger}), floats {@link Double}.
 */
final class PythonLiteral {

    /** What to make of a call such as {@code datetime.datetime(2024, 1, 15, 10, 0)}. */
    enum Calls {
        /** Not a literal: the text is not read ({@code ast.literal_eval}). */
        REJECT,
        /** Its source text, as a string (logparser's reading of the stats dump). */
        AS_TEXT
    }

    private final String text;
    private final Calls calls;
    private int position;

    private PythonLiteral(String text, Calls calls) {
        this.text = text;
        this.calls = calls;
    }

    /** The dict {@code text} is, keys as strings; empty when it is not exactly one dict literal. */
    static Optional<Map<String, Object>> readDict(String text, Calls calls) {
        PythonLiteral reader = new PythonLiteral(text, calls);
        try {
            reader.skipSpace();
            if (!reader.startsWith("{")) {
                return Optional.empty();
            }
            Object value = reader.value();
            reader.skipSpace();
            if (reader.position != text.length() || !(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            Map<String, Object> dict = new LinkedHashMap<>();
            map.forEach((key, item) -> dict.put(String.valueOf(key), item));
            return Optional.of(dict);
        } catch (NotALiteral e) {
            return Optional.empty();
        }
    }

    private Object value() {
        skipSpace();
        if (position >= text.length()) {
            throw new NotALiteral();
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> braces();
            case '[' -> sequence('[', ']');
            case '(' -> sequence('(', ')');
            case '\'', '"' -> string();
            default -> {
                if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    yield number();
                }
                if (Character.isLetter(c) || c == '_') {
                    yield nameOrCall();
                }
                throw new NotALiteral();
            }
        };
    }

    private Object braces() {
        expect('{');
        skipSpace();
        if (consume('}')) {
            return new LinkedHashMap<>();
        }
        Object first = value();
        skipSpace();
        if (!consume(':')) {
            return restOfSequence(first, '}');
        }
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put(first, value());
        while (true) {
            skipSpace();
            if (consume('}')) {
                return dict;
            }
            expect(',');
            skipSpace();
            if (consume('}')) {
                return dict;
            }
            Object key = value();
            skipSpace();
            expect(':');
            dict.put(key, value());
        }
    }

    private List<Object> sequence(char open, char close) {
        expect(open);
        skipSpace();
        if (consume(close)) {
            return new ArrayList<>();
        }
        return restOfSequence(value(), close);
    }

    private List<Object> restOfSequence(Object first, char close) {
        List<Object> items = new ArrayList<>();
        items.add(first);
        while (true) {
            skipSpace();
            if (consume(close)) {
                return items;
            }
            expect(',');
            skipSpace();
            if (consume(close)) {
                return items;
            }
            items.add(value());
        }
    }

    private String string() {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\') {
                escape(value);
            } else {
                value.append(c);
            }
        }
        throw new NotALiteral();
    }

    private void escape(StringBuilder value) {
        if (position >= text.length()) {
            throw new NotALiteral();
        }
        char c = text.charAt(position++);
        switch (c) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000B');
            case 'x' -> value.appendCodePoint(hex(2));
            case 'u' -> value.appendCodePoint(hex(4));
            case 'U' -> value.appendCodePoint(hex(8));
            case '\n' -> {
                // A backslash at the end of a line continues the string.
            }
            case '\\', '\'', '"' -> value.append(c);
            default -> {
                if (isOctal(c)) {
                    int end = position;
                    while (end < text.length() && end < position + 2 && isOctal(text.charAt(end))) {
                        end++;
                    }
                    value.appendCodePoint(Integer.parseInt(text.substring(position - 1, end), 8));
                    position = end;
                } else {
                    value.append('\\').append(c);
                }
            }
        }
    }

    private int hex(int digits) {
        if (position + digits > text.length()) {
            throw new NotALiteral();
        }
        try {
            int codePoint = Integer.parseInt(text.substring(position, position + digits), 16);
            position += digits;
            return codePoint;
        } catch (NumberFormatException e) {
            throw new NotALiteral();
        }
    }

    private Number number() {
        int start = position;
        if (text.charAt(position) == '-' || text.charAt(position) == '+') {
            position++;
        }
        boolean decimal = false;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isDigit(c) || c == '_') {
                position++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                decimal = true;
                position++;
                if ((c == 'e' || c == 'E')
                        && position < text.length()
                        && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
                    position++;
                }
            } else {
                break;
            }
        }
        String digits = text.substring(start, position).replace("_", "");
        try {
            if (decimal) {
                return Double.parseDouble(digits);
            }
            BigInteger integer = new BigInteger(digits);
            return integer.bitLength() < Long.SIZE ? (Number) integer.longValue() : integer;
        } catch (NumberFormatException e) {
            throw new NotALiteral();
        }
    }

    private Object nameOrCall() {
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position))
                        || text.charAt(position) == '_'
                        || text.charAt(position) == '.')) {
            position++;
        }
        String name = text.substring(start, position);
        if (position < text.length()
                && (text.charAt(position) == '\'' || text.charAt(position) == '"')
                && name.matches("(?i)[rbu]|br|rb")) {
            // A prefixed string such as b'...'; none of Scrapy's values needs raw-string semantics.
            return string();
        }
        switch (name) {
            case "True" -> {
                return Boolean.TRUE;
            }
            case "False" -> {
                return Boolean.FALSE;
            }
            case "None" -> {
                return null;
            }
            default -> {
                // Only a call can follow; any other name is not a literal.
            }
        }
        skipSpace();
        if (calls == Calls.REJECT || !startsWith("(")) {
            throw new NotALiteral();
        }
        skipArguments();
        return text.substring(start, position);
    }

    /** Skips a call's parenthesised arguments, which may hold keyword arguments and names, so are not read. */
    private void skipArguments() {
        int depth = 0;
        do {
            if (position >= text.length()) {
                throw new NotALiteral();
            }
            char c = text.charAt(position);
            if (c == '\'' || c == '"') {
                string();
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            position++;
        } while (depth > 0);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, position);
    }

    private boolean consume(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw new NotALiteral();
        }
    }

    /** The text is not a Python literal; caught at the top, where it becomes an empty result. */
    private static final class NotALiteral extends RuntimeException {
        NotALiteral() {
            super(null, null, false, false);
        }
    }
}
