package org.dataregistry.ocds.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void gzipIsToldByItsMagicNumberNotItsName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(of(bytes.toByteArray())).isEqualTo(Compression.GZIP);
    }

    @Test
    void anEmptyZipArchiveIsStillAZipArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();
        assertThat(of(bytes.toByteArray())).isEqualTo(Compression.ZIP);
        assertThat(of(new byte[] {'P', 'K', 3, 4, 20, 0})).isEqualTo(Compression.ZIP);
    }

    @Test
    void textAndShortInputAreNotPacked() throws IOException {
        assertThat(of("{\"releases\": []}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Compression.NONE);
        assertThat(of(new byte[] {0x1F})).isEqualTo(Compression.NONE);
        assertThat(of(new byte[0])).isEqualTo(Compression.NONE);
    }

    @Test
    void lookingLeavesTheStreamWhereItWas() throws IOException {
        BufferedInputStream in = new BufferedInputStream(
                new ByteArrayInputStream("PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(Compression.of(in)).isEqualTo(Compression.ZIP);
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("PK\u0003\u0004rest");
    }

    private static Compression of(byte[] bytes) throws IOException {
        assertThat(Compression.of(new BufferedInputStream(new ByteArrayInputStream(bytes))))
                .isEqualTo(Compression.of(bytes, bytes.length));
        return Compression.of(bytes, bytes.length);
    }
}
