package org.dataregistry.ocds.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelDeflateOutputStreamTest {

    private static final int BLOCK = 32 * 1024;

    private final ExecutorService workers = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void inflatesToTheInputWhateverItsLengthAndHowItIsWritten() throws Exception {
        byte[] data = csvLike(5 * BLOCK + 123);
        for (int length : new int[] {0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, data.length}) {
            byte[] input = Arrays.copyOf(data, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ParallelDeflateOutputStream deflate = new ParallelDeflateOutputStream(out, 6, workers, 3, BLOCK);
            // in odd pieces and single bytes, across block boundaries
            int position = 0;
            for (int piece = 1; position < length; piece = piece * 3 % 50_000 + 1) {
                int n = Math.min(piece, length - position);
                if (n == 1) {
                    deflate.write(input[position]);
                } else {
                    deflate.write(input, position, n);
                }
                position += n;
            }
            deflate.finish();

            assertThat(inflate(out.toByteArray())).as("length %d", length).isEqualTo(input);
            CRC32 crc = new CRC32();
            crc.update(input);
            assertThat(deflate.crc()).isEqualTo(crc.getValue());
            assertThat(deflate.bytesIn()).isEqualTo(length);
            assertThat(deflate.bytesOut()).isEqualTo(out.size());
        }
    }

    @Test
    void compressesAboutAsWellAsOneDeflaterAndTheSameWhateverTheThreads() throws IOException {
        byte[] input = csvLike(20 * BLOCK);

        byte[] parallel = deflate(input, Executors.newFixedThreadPool(4), 4);
        byte[] single = deflate(input, Executors.newSingleThreadExecutor(), 1);

        assertThat(parallel).isEqualTo(single);
        Deflater deflater = new Deflater(6, true);
        deflater.setInput(input);
        deflater.finish();
        byte[] buffer = new byte[input.length];
        int oneStream = deflater.deflate(buffer);
        deflater.end();
        assertThat((double) parallel.length).isLessThan(oneStream * 1.02);
    }

    @Test
    void gzipIsReadByTheJdk() throws IOException {
        byte[] input = csvLike(3 * ParallelDeflateOutputStream.DEFAULT_BLOCK_SIZE + 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out, -1, workers, 3)) {
            gzip.write(input);
        }

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(input);
        }
    }

    @Test
    void writingAfterFinishFails() throws IOException {
        ParallelDeflateOutputStream deflate =
                new ParallelDeflateOutputStream(new ByteArrayOutputStream(), 1, workers, 1, BLOCK);
        deflate.finish();

        assertThatThrownBy(() -> deflate.write(1)).isInstanceOf(IOException.class);
    }

    private static byte[] deflate(byte[] input, ExecutorService pool, int threads) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ParallelDeflateOutputStream deflate = new ParallelDeflateOutputStream(out, 6, pool, threads, BLOCK);
            deflate.write(input);
            deflate.finish();
            return out.toByteArray();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Repetitive text with some randomness, like flattened data. */
    private static byte[] csvLike(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("ocds-213czf-")
                    .append(random.nextInt(100_000))
                    .append(",tender,")
                    .append(random.nextInt(1_000_000) / 100.0)
                    .append(",GBP,\"a, b\"\n");
        }
        return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        // a raw inflater wants an extra "dummy" byte (see Inflater's constructor)
        inflater.setInput(Arrays.copyOf(compressed, compressed.length + 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                throw new AssertionError("truncated deflate stream");
            }
            out.write(buffer, 0, n);
        }
        assertThat(inflater.getRemaining()).isEqualTo(1);
        inflater.end();
        return out.toByteArray();
    }
}
