package org.dataregistry.ocds.flatten;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single pass over the input, on the consuming thread: numbers each table's columns in
 * order of first appearance ({@link TableShapes}) and spills each written row to its table's file
 * in the working directory, as (column number, kind, text) cells. When the pass is over, every
 * table's columns are known, and {@link #forEachRow} reads a table's rows back to write them
 * with the full header: flatterer itself writes rows to temporary files with the columns known so
 * far, then rewrites them.
 *
 * <p>Memory holds the column names and a write buffer per table. Not thread-safe.
 */
final class RowSpills implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte TEXT = 0;
    private static final byte NUMBER = 1;
    private static final byte NULL = 2;

    private final Path directory;
    private final TableShapes shapes = new TableShapes();
    private final Map<String, Spill> spills = new HashMap<>();

    RowSpills(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** Takes the next row, or news of a table reached, in input order. */
    void accept(PreparedRow row) {
        if (row.isTableReached()) {
            shapes.table(row.table());
            return;
        }
        TableShape shape = shapes.get(row.table());
        if (!shape.add(row.columns())) {
            return;
        }
        try {
            spills.computeIfAbsent(row.table(), this::open).write(row, shape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables with at least one row, in order of first appearance. */
    List<TableShape> tables() {
        return shapes.nonEmpty();
    }

    /**
     * Reads a table's rows back, in order, after {@link #close()}: each as its cells by column
     * number, {@link JsonNull#NULL} for a JSON null, a {@link JsonNumber} for a number, else the
     * cell text; {@code null} for an absent column.
     */
    void forEachRow(TableShape table, RowConsumer consumer) throws IOException {
        Spill spill = spills.get(table.name());
        Object[] cells = new Object[table.columns().size()];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill.path),
                BUFFER_SIZE))) {
            while (true) {
                int count;
                try {
                    count = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                java.util.Arrays.fill(cells, null);
                for (int i = 0; i < count; i++) {
                    int column = in.readInt();
                    byte kind = in.readByte();
                    cells[column] = kind == NULL ? JsonNull.NULL : readText(in, kind);
                }
                consumer.accept(cells);
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
            return new Spill(path, new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path),
                    BUFFER_SIZE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object readText(DataInputStream in, byte kind) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        String text = new String(utf8, StandardCharsets.UTF_8);
        return kind == NUMBER ? new JsonNumber(text) : text;
    }

    /** Receives a row's cells; the array is reused for the next row. */
    @FunctionalInterface
    interface RowConsumer {

        /** Takes one row. */
        void accept(Object[] cells) throws IOException;
    }

    /** One table's file of rows. */
    private record Spill(Path path, DataOutputStream out) {

        void write(PreparedRow row, TableShape shape) throws IOException {
            String[] columns = row.columns();
            out.writeInt(columns.length);
            for (int i = 0; i < columns.length; i++) {
                out.writeInt(shape.indexOf(columns[i]));
                String text = row.texts()[i];
                if (text == null) {
                    out.writeByte(NULL);
                } else {
                    out.writeByte(row.numbers()[i] ? NUMBER : TEXT);
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        }
    }
}
