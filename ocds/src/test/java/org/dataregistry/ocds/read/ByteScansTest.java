package org.dataregistry.ocds.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scans give what a byte-by-byte loop gives, wherever the bytes fall in a word. */
class ByteScansTest {

    @Test
    void asciiRunsEndAtTheFirstNonAsciiByteWhereverItIs() {
        for (int length = 0; length <= 40; length++) {
            for (int from = 0; from <= length; from++) {
                byte[] ascii = "x".repeat(length).getBytes(UTF_8);
                assertThat(ByteScans.asciiRunEnd(ascii, from, length)).isEqualTo(length);
                for (int nonAscii = from; nonAscii < length; nonAscii++) {
                    byte[] bytes = ascii.clone();
                    bytes[nonAscii] = (byte) 0x80;
                    assertThat(ByteScans.asciiRunEnd(bytes, from, length)).isEqualTo(nonAscii);
                    assertThat(ByteScans.asciiRunEnd(bytes, from, nonAscii)).isEqualTo(nonAscii);
                }
            }
        }
    }

    @Test
    void lineBreaksAreCountedAsTheParserCountsThem() {
        Random random = new Random(7);
        byte[] alphabet = {'a', '{', '\n', '\r', '"', (byte) 0xC3};
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int index = 0; index < bytes.length; index++) {
                bytes[index] = alphabet[random.nextInt(alphabet.length)];
            }
            long expected = 0;
            for (int index = 0; index < bytes.length; index++) {
                boolean lineFeed = bytes[index] == '\n';
                boolean loneReturn = bytes[index] == '\r' && (index + 1 == bytes.length || bytes[index + 1] != '\n');
                expected += lineFeed || loneReturn ? 1 : 0;
            }

            assertThat(ByteScans.lineBreaks(bytes, bytes.length))
                    .as(Arrays.toString(bytes))
                    .isEqualTo(expected);
        }
    }
}
