package org.dataregistry.ocds.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {

    @Test
    void givesEveryByteInOrderWhateverTheReadSizes() throws IOException {
        byte[] data = new byte[3 * ReadAheadInputStream.CHUNK_SIZE + 12_345];
        new Random(7).nextBytes(data);

        try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in.read());
            byte[] buffer = new byte[1000];
            int read;
            while ((read = in.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, read);
            }
            assertThat(out.toByteArray()).isEqualTo(data);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void aTruncatedGzipFileFailsAfterItsBytesInsteadOfEndingQuietly() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        byte[] text = "{\"ocid\": \"ocds-1\"}\n".repeat(10_000).getBytes();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(text);
        }
        byte[] truncated = Arrays.copyOf(gzip.toByteArray(), gzip.size() / 2);

        try (ReadAheadInputStream in =
                new ReadAheadInputStream(new GZIPInputStream(new ByteArrayInputStream(truncated)))) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class);
            assertThatThrownBy(in::read).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void anUncheckedIoFailureArrivesAsItsCause() throws IOException {
        IOException cause = new IOException("corrupt archive");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[10]), new InputStream() {
            @Override
            public int read() {
                throw new UncheckedIOException(cause);
            }
        });

        try (ReadAheadInputStream in = new ReadAheadInputStream(failing)) {
            assertThat(in.readNBytes(10)).hasSize(10);
            assertThatThrownBy(in::read).isSameAs(cause);
        }
    }

    @Test
    void closingEarlyStopsReadingAndClosesTheSource() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        ReadAheadInputStream in = new ReadAheadInputStream(endless);
        assertThat(in.read()).isEqualTo('x');
        in.close();

        assertThat(closed).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("stream closed");
    }
}
