package org.dataregistry.ocds.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class Utf8OrLatin1StreamTest {

    @Test
    void validUtf8PassesThroughUnchanged() throws IOException {
        String text = "{\"name\": \"naïve ☃ 😀 Ñandú\"}";

        assertThat(decode(text.getBytes(UTF_8), 8192)).isEqualTo(text);
    }

    @Test
    void latin1BytesReadAsLatin1AndTheFirstIsReported() throws IOException {
        byte[] latin1 = "SECRETARÍA DE FINANZAS, MÉXICO".getBytes(ISO_8859_1);
        Utf8OrLatin1Stream stream = new Utf8OrLatin1Stream(new ByteArrayInputStream(latin1));

        assertThat(new String(stream.readAllBytes(), UTF_8)).isEqualTo("SECRETARÍA DE FINANZAS, MÉXICO");
        assertThat(stream.firstInvalidByteOffset()).isEqualTo(8);
    }

    @Test
    void invalidSequencesAreReadByteByByte() throws IOException {
        // An overlong "/", a surrogate, a lone continuation byte, a truncated sequence at the end.
        byte[] bytes = {
            (byte) 0xC0,
            (byte) 0xAF,
            'a',
            (byte) 0xED,
            (byte) 0xA0,
            (byte) 0x80,
            (byte) 0x80,
            'b',
            (byte) 0xE2,
            (byte) 0x98
        };

        assertThat(decode(bytes, 8192)).isEqualTo(new String(bytes, ISO_8859_1));
    }

    @Test
    void sequencesSplitAcrossReadsAndOneByteReadsWork() throws IOException {
        String text = "é☃😀".repeat(5_000) + "x";
        byte[] bytes = text.getBytes(UTF_8);

        assertThat(decode(bytes, 1)).isEqualTo(text);
        assertThat(new String(new Utf8OrLatin1Stream(trickling(bytes)).readAllBytes(), UTF_8))
                .isEqualTo(text);
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};

        assertThat(decode(bytes, 8192)).isEqualTo("{}");
        assertThat(decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 8192))
                .isEmpty();
    }

    /** Reads everything in reads of at most {@code chunk} bytes. */
    private static String decode(byte[] bytes, int chunk) throws IOException {
        Utf8OrLatin1Stream stream = new Utf8OrLatin1Stream(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int read;
        while ((read = stream.read(buffer, 0, chunk)) >= 0) {
            assertThat(read).isPositive();
            out.write(buffer, 0, read);
        }
        return out.toString(UTF_8);
    }

    /** A stream that gives at most three bytes a read, as a slow network might. */
    private static InputStream trickling(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 3));
            }
        };
    }
}
