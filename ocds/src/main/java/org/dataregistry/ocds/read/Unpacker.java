package org.dataregistry.ocds.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Turns a raw stream into the JSON texts it holds, recognising compression by its first bytes
 * (not by the file name, which is often wrong): gzip yields its decompressed content, a zip
 * archive yields every file entry in order, anything else is taken as JSON text. Containers
 * nest: a {@code .gz} entry of a {@code .zip} is decompressed too, up to the {@link UnpackLimits}, which also cap the
 * bytes decompressed.
 */
final class Unpacker {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Unpacker() {}

    /**
     * The JSON texts in {@code raw}, lazily: each must be read to its end before asking for the next. Reading a
     * text beyond a byte limit fails with an {@link UnpackLimitException}.
     *
     * @throws OcdsReadException if a gzip header is corrupt, or containers nest deeper than the limit
     */
    static Iterator<NamedInput> unpack(String name, InputStream raw, UnpackLimits limits) {
        UnpackLimits.Budget budget = limits.newInput();
        // The input as stored is counted for the compression ratio; decompressed text against the limits.
        return unpack(name, new Counting(raw, budget::read), limits, budget, 0);
    }

    private static Iterator<NamedInput> unpack(
            String name, InputStream raw, UnpackLimits limits, UnpackLimits.Budget budget, int depth) {
        BufferedInputStream in = new BufferedInputStream(new OneReadAtATime(raw), BUFFER_SIZE);
        try {
            Compression compression = Compression.of(in);
            if (compression != Compression.NONE && depth >= limits.maxNesting()) {
                throw new UnpackLimitException(UnpackLimitException.Limit.NESTING, limits.maxNesting());
            }
            return switch (compression) {
                case GZIP -> unpack(name, new GZIPInputStream(in, BUFFER_SIZE), limits, budget, depth + 1);
                case ZIP -> new ZipEntries(name, new ZipArchiveInputStream(in), limits, budget, depth + 1);
                case NONE ->
                    List.<NamedInput>of(new NamedInput(name, depth == 0 ? in : new Counting(in, budget::charge)))
                            .iterator();
            };
        } catch (UnpackLimitException e) {
            throw new OcdsReadException(SourcePosition.of(name), e.getMessage(), e);
        } catch (IOException e) {
            throw new OcdsReadException(SourcePosition.of(name), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file entries of a zip archive, each unpacked in turn. */
    private static final class ZipEntries implements Iterator<NamedInput> {

        private final String archiveName;
        private final ZipArchiveInputStream zip;
        private final UnpackLimits limits;
        private final UnpackLimits.Budget budget;
        private final int depth;
        private Iterator<NamedInput> entry = List.<NamedInput>of().iterator();

        ZipEntries(
                String archiveName,
                ZipArchiveInputStream zip,
                UnpackLimits limits,
                UnpackLimits.Budget budget,
                int depth) {
            this.archiveName = archiveName;
            this.zip = zip;
            this.limits = limits;
            this.budget = budget;
            this.depth = depth;
        }

        @Override
        public boolean hasNext() {
            while (!entry.hasNext()) {
                ZipArchiveEntry next = nextFileEntry();
                if (next == null) {
                    return false;
                }
                entry = unpack(archiveName + "!/" + next.getName(), new KeepOpen(zip), limits, budget, depth);
            }
            return true;
        }

        @Override
        public NamedInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return entry.next();
        }

        private ZipArchiveEntry nextFileEntry() {
            try {
                ZipArchiveEntry next;
                do {
                    next = zip.getNextEntry();
                } while (next != null && next.isDirectory());
                return next;
            } catch (IOException | UncheckedIOException e) {
                throw new OcdsReadException(
                        SourcePosition.of(archiveName), "truncated or corrupt zip archive: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Says nothing is available, so that a buffered read returns what one read gave: a buffered read otherwise reads
     * again while {@code available() > 0} (always, on a {@code GZIPInputStream} before its end), and when that
     * read fails on a truncated {@code .gz}, throws away what the first read gave, so that the failure is
     * reported up to a buffer's worth of text before where the readable data ends.
     */
    private static final class OneReadAtATime extends FilterInputStream {

        OneReadAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** Bytes read, told to a counter (which may refuse them) as they are. */
    private static final class Counting extends FilterInputStream {

        /** Counts bytes read. */
        @FunctionalInterface
        interface Counter {
            void count(long bytes) throws UnpackLimitException;
        }

        private final Counter counter;

        Counting(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counter.count(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counter.count(skipped);
            return skipped;
        }
    }

    /** An entry's stream, which must not close the archive when the entry's parser closes it. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The archive stays open for the next entry; OcdsReader closes it.
        }
    }
}
