package org.dataregistry.ocds.flatten;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single pass over the input, on the consuming thread: takes each chunk's encoded rows
 * ({@link TableRows}), in input order, numbers each table's columns in order of first appearance
 * ({@link TableShape}) and appends the rows to their table's file in the working directory. When
 * the pass is over, every table's columns are known, and {@link #forEachRow} reads a table's rows
 * back to write them with the full header: flatterer itself writes rows to temporary files with
 * the columns known so far, then rewrites them.
 *
 * <p>Memory holds the column names and a write buffer per table. Not thread-safe.
 */
final class RowSpills implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path directory;
    private final TableShapes shapes = new TableShapes();
    private final Map<String, Spill> spills = new HashMap<>();

    RowSpills(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /**
     * Takes the next chunk's rows.
     *
     * @param reached the tables reached in the chunk, in order of first appearance (including
     *                tables whose rows all come later)
     * @param rows    the chunk's rows, per table
     */
    void accept(List<String> reached, List<TableRows> rows) {
        reached.forEach(shapes::table);
        try {
            for (TableRows chunk : rows) {
                int skipped = shapes.get(chunk.table()).add(chunk);
                if (skipped < chunk.bytes().length) {
                    spills.computeIfAbsent(chunk.table(), this::open)
                            .out
                            .write(chunk.bytes(), skipped, chunk.bytes().length - skipped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables with at least one row, in order of first appearance. */
    List<TableShape> tables() {
        return shapes.nonEmpty();
    }

    /** Reads a table's rows back, in order, after {@link #close()}. */
    void forEachRow(TableShape table, RowConsumer consumer) throws IOException {
        Spill spill = spills.get(table.name());
        SpilledRow row = new SpilledRow(table.columns().size());
        try (Reader reader = new Reader(Files.newInputStream(spill.path))) {
            while (reader.next(table, row)) {
                consumer.accept(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (Spill spill : spills.values()) {
            spill.out.close();
        }
    }

    private Spill open(String table) {
        try {
            Path path = directory.resolve(spills.size() + ".rows");
            return new Spill(path, new BufferedOutputStream(Files.newOutputStream(path), BUFFER_SIZE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives a table's rows; the row is reused for the next one. */
    @FunctionalInterface
    interface RowConsumer {

        /** Takes one row. */
        void accept(SpilledRow row) throws IOException;
    }

    /** One table's file of rows. */
    private record Spill(Path path, OutputStream out) {}

    /** Reads a spill file's rows (encoded as {@link TableRows} describes) into a {@link SpilledRow}. */
    private static final class Reader implements AutoCloseable {

        private final InputStream in;
        private byte[] buffer = new byte[BUFFER_SIZE];
        private int position;
        private int limit;

        Reader(InputStream in) {
            this.in = in;
        }

        /** Reads the next row; {@code false} at the end. */
        boolean next(TableShape table, SpilledRow row) throws IOException {
            if (!fill(4)) {
                if (limit > position) {
                    throw new EOFException("truncated row in a spill file");
                }
                return false;
            }
            int length = (buffer[position] & 0xFF) << 24
                    | (buffer[position + 1] & 0xFF) << 16
                    | (buffer[position + 2] & 0xFF) << 8
                    | buffer[position + 3] & 0xFF;
            position += 4;
            if (!fill(length)) {
                throw new EOFException("truncated row in a spill file");
            }
            int end = position + length;
            row.reset(buffer);
            int cells = readVarint();
            for (int i = 0; i < cells; i++) {
                int header = readVarint();
                int kind = header & 3;
                int column = table.position(header >>> 2);
                if (kind == TableRows.NULL) {
                    row.set(column, kind, position, 0);
                } else {
                    int textLength = readVarint();
                    row.set(column, kind, position, textLength);
                    position += textLength;
                }
            }
            if (position != end) {
                throw new IOException("corrupt row in a spill file");
            }
            return true;
        }

        private int readVarint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buffer[position++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        /** Makes {@code count} bytes available from {@code position}; {@code false} if the file ends first. */
        private boolean fill(int count) throws IOException {
            if (limit - position >= count) {
                return true;
            }
            if (count > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(count, buffer.length * 2));
            }
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            while (limit < count) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    return false;
                }
                limit += n;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
