package org.dataregistry.ocds.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Reading batches of lines in parallel gives exactly what one parser reading the whole text gives:
 * the same items, notes and package reports in the same order and at the same positions, and the
 * same failure at the same place.
 */
class LineBatchReaderTest {

    /** Enough lines for many batches. */
    private static final int LINES = 6_000;

    @Test
    void jsonLinesOverManyBatches() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(
                            switch (line % 50) {
                                case 7 -> "42";
                                case 11 -> "{\"id\": \"no-ocid\", \"date\": \"2001\"}";
                                case 13 -> "";
                                case 17 -> "{\"uri\": \"u\", \"releases\": []}";
                                case 19 ->
                                    "{\"ocid\": \"rec-" + line + "\", \"releases\": [{\"url\": \"http://x/" + line
                                            + "\"}]}";
                                case 23 ->
                                    "{\"uri\": \"u" + line + "\", \"releases\": [" + release(line) + ", "
                                            + release(line + 1) + "], \"publisher\": {\"name\": \"p\"}}";
                                case 29 -> "[" + release(line) + ", \"not a release\"]";
                                default -> release(line);
                            })
                    .append(line % 3 == 0 ? "\r\n" : "\n");
        }

        Read read = assertReadsAsOneParser(text.toString());

        assertThat(read.batchesParsedAlone).isGreaterThan(text.length() / LineBatchReader.BATCH_BYTES - 1);
    }

    @Test
    void valuesOverSeveralLinesAfterManyBatches() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(release(line)).append('\n');
        }
        text.append("{\n  \"uri\": \"pretty\",\n  \"releases\": [\n");
        for (int line = 0; line < LINES / 2; line++) {
            text.append("    ").append(release(line)).append(line + 1 < LINES / 2 ? ",\n" : "\n");
        }
        text.append("  ]\n}\n").append(release(-1)).append('\n');

        Read read = assertReadsAsOneParser(text.toString());

        assertThat(read.batchesParsedAlone).isGreaterThan(1);
    }

    @Test
    void invalidJsonInALaterBatchFailsWhereItIs() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(line == LINES - 100 ? "{\"ocid\": \"broken\", \"date\": }" : release(line))
                    .append('\n');
        }

        Read read = assertReadsAsOneParser(text.toString());

        assertThat(read.failure).isNotNull();
        assertThat(read.log).hasSize(LINES - 100);
    }

    @Test
    void lineLongerThanABatch() {
        String longRelease = "{\"ocid\": \"long\", \"date\": \"2001\", \"description\": \""
                + "x".repeat(LineBatchReader.BATCH_BYTES * 3) + "\"}";
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(line == 1_000 ? longRelease : release(line)).append('\n');
        }

        assertReadsAsOneParser(text.toString());
    }

    @Test
    void loneCarriageReturnsEndLinesToo() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(release(line)).append(line % 2 == 0 ? "\r" : "\n");
        }
        text.append("{\"ocid\": \"last\", \"date\": \"2001\"} [1]\n");

        assertReadsAsOneParser(text.toString());
    }

    @Test
    void readFailureAfterManyBatchesFailsWhereItIs() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(release(line)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(UTF_8);
        int cut = bytes.length * 2 / 3;

        Read sequential = readSequentially(new TruncatedStream(bytes, cut));
        Read parallel = readInBatches(new TruncatedStream(bytes, cut));

        assertThat(parallel.log).isEqualTo(sequential.log);
        assertThat(parallel.failure).isNotNull().hasRootCauseInstanceOf(EOFException.class);
        assertThat(problem(parallel.failure)).isEqualTo(problem(sequential.failure));
        assertThat(parallel.failedAt).isEqualTo(sequential.failedAt);
    }

    private static String release(int line) {
        return "{\"ocid\": \"ocds-" + (line % 97) + "\", \"id\": \"" + line + "\", \"date\": \"2001-01-01\", "
                + "\"tender\": {\"title\": \"line " + line + "\", \"items\": [{\"id\": 1}]}}";
    }

    private static Read assertReadsAsOneParser(String text) {
        byte[] bytes = text.getBytes(UTF_8);
        Read sequential = readSequentially(new ByteArrayInputStream(bytes));
        Read parallel = readInBatches(new ByteArrayInputStream(bytes));

        assertThat(parallel.log).isEqualTo(sequential.log);
        if (sequential.failure == null) {
            assertThat(parallel.failure).isNull();
        } else {
            assertThat(problem(parallel.failure)).isEqualTo(problem(sequential.failure));
            assertThat(parallel.failedAt).isEqualTo(sequential.failedAt);
        }
        return parallel;
    }

    /** A failure without the parser's own location, which counts from where that parser started. */
    private static String problem(RuntimeException failure) {
        return failure instanceof JacksonException jackson ? jackson.getOriginalMessage() : failure.getMessage();
    }

    private static Read readSequentially(InputStream in) {
        Read read = new Read();
        RetainingInputStream retained = new RetainingInputStream(in);
        return read.all(new DocumentParser(OcdsJson.mapper().createParser(retained), retained, "test", 0, read));
    }

    private static Read readInBatches(InputStream in) {
        Read read = new Read();
        LineBatchReader reader = new LineBatchReader(in, "test", read, 2);
        read.all(reader);
        read.batchesParsedAlone = reader.batchesParsedAlone();
        return read;
    }

    /** Items, notes and package reports in the order they came, then the failure if any. */
    private static final class Read implements ReadListener {

        final List<String> log = new ArrayList<>();
        RuntimeException failure;
        SourcePosition failedAt;
        int batchesParsedAlone;

        Read all(ItemSource source) {
            try {
                for (ReleaseItem item = source.next(); item != null; item = source.next()) {
                    log.add("item " + item.ocid() + " " + item.kind() + " " + item.date() + " at " + item.position()
                            + " in " + item.metadata() + ": " + new String(item.json(), UTF_8));
                }
            } catch (RuntimeException e) {
                failure = e;
                failedAt = source.position();
            } finally {
                source.close();
            }
            return this;
        }

        @Override
        public void note(ReadNote note) {
            log.add("note " + note);
        }

        @Override
        public void packageRead(PackageMetadata metadata, long itemCount) {
            log.add("package " + metadata + " with " + itemCount);
        }
    }

    /** Gives the first bytes of a text, then fails as a truncated gzip file does. */
    private static final class TruncatedStream extends InputStream {

        private final ByteArrayInputStream bytes;

        TruncatedStream(byte[] text, int length) {
            this.bytes = new ByteArrayInputStream(Arrays.copyOf(text, length));
        }

        @Override
        public int read() throws IOException {
            int read = bytes.read();
            if (read < 0) {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = bytes.read(buffer, offset, length);
            if (read < 0) {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
            return read;
        }
    }
}
