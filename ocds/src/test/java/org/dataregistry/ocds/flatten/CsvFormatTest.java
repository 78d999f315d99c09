package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void aFieldIsQuotedWhenItHoldsACommaQuoteCrOrLfWhereverItIs() {
        for (int length = 0; length <= 20; length++) {
            String plain = "aé€𝄞".repeat(length).substring(0, length);
            assertThat(CsvFormat.quotesIn(utf8(plain))).as(plain).isEqualTo(-1);
            for (int at = 0; at < length; at++) {
                for (char special : new char[] {',', '"', '\n', '\r'}) {
                    String field = plain.substring(0, at) + special + plain.substring(at + 1);
                    int expected = field.chars().filter(c -> c == '"').toArray().length;
                    assertThat(CsvFormat.quotesIn(utf8(field))).as(field).isEqualTo(expected);
                    assertThat(CsvFormat.needsQuotes(field)).isTrue();
                }
            }
        }
        // bytes that differ from the special ones only in the high bit are not special
        assertThat(CsvFormat.quotesIn(
                        new byte[] {(byte) 0xAC, (byte) 0xA2, (byte) 0x8A, (byte) 0x8D, 'a', 'b', 'c', 'd', 'e'}))
                .isEqualTo(-1);
        assertThat(CsvFormat.quotesIn(utf8("\"\"x\"123456789"))).isEqualTo(3);
    }

    @Test
    void quotedBytesAreWhatTheStringQuotingGives() {
        for (String field : List.of("a,b", "say \"hi\"", "\"", "line\nend", "é,€")) {
            byte[] bytes = utf8(field);
            ByteSink out = new ByteSink(4);
            CsvFormat.writeQuoted(out, bytes, CsvFormat.quotesIn(bytes));
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(CsvFormat.quote(field));
            assertThat(CsvFormat.unquote(CsvFormat.quote(field))).isEqualTo(field);
        }
    }

    @Test
    void recordsLengthCountsSeparatorsLineEndsAndLoneEmptyFields() {
        // two records of three columns: "a,,b\n" and ",,\n"
        assertThat(CsvFormat.recordsLength(2, 3, 2, 1)).isEqualTo(5 + 3);
        // three records of one column: "x\n", "\"\"\n", "\"\"\n"
        assertThat(CsvFormat.recordsLength(3, 1, 1, 2)).isEqualTo(2 + 3 + 3);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
