package org.dataregistry.ocds.flatten;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes the rows of one chunk of input, per table ({@link TableRows}), on the worker thread that
 * flattened them: the cells' texts ({@link CellText}) as UTF-8, quoted for CSV when needed, with
 * their columns as {@link ColumnIds}; and the tables in order of first appearance in the chunk.
 * So the consuming thread only appends bytes and merges short lists.
 *
 * <p>One instance per thread, reused chunk after chunk: {@link #start()}, the rows, then
 * {@link #finish()}.
 */
final class RowEncoder implements RowFlattener.RowSink {

    private static final int INITIAL_TABLE_BYTES = 16 * 1024;

    private final ColumnIds ids;
    private final Map<String, TableEncoder> tables = new HashMap<>();
    private final List<String> reached = new ArrayList<>();
    private final List<TableEncoder> touched = new ArrayList<>();
    private int chunk;

    RowEncoder(ColumnIds ids) {
        this.ids = ids;
    }

    /** Starts a chunk. */
    void start() {
        chunk++;
        reached.clear();
        touched.clear();
    }

    @Override
    public void table(String table) {
        TableEncoder encoder = encoder(table);
        if (encoder.reachedIn != chunk) {
            encoder.reachedIn = chunk;
            reached.add(table);
        }
    }

    @Override
    public void row(String table, OrderedObject row) {
        TableEncoder encoder = encoder(table);
        if (encoder.touchedIn != chunk) {
            encoder.touchedIn = chunk;
            encoder.clear();
            touched.add(encoder);
        }
        encoder.encode(row, chunk);
    }

    /** The tables reached in this chunk, in order of first appearance. */
    List<String> reached() {
        return List.copyOf(reached);
    }

    /** The rows of this chunk, per table. */
    List<TableRows> finish() {
        List<TableRows> rows = new ArrayList<>(touched.size());
        for (TableEncoder encoder : touched) {
            rows.add(encoder.rows());
        }
        return rows;
    }

    private TableEncoder encoder(String table) {
        TableEncoder encoder = tables.get(table);
        if (encoder == null) {
            encoder = new TableEncoder(ids.table(table));
            tables.put(table, encoder);
        }
        return encoder;
    }

    /** One table's rows in the current chunk, and this thread's cache of its column ids. */
    private static final class TableEncoder {

        private final ColumnIds.Table ids;
        private final Map<String, Integer> cache = new HashMap<>();
        private final ByteSink out = new ByteSink(INITIAL_TABLE_BYTES);
        private int[] seenIn = new int[16];
        private int reachedIn;
        private int touchedIn;
        private int rows;
        private int leadingEmptyRows;
        private int leadingEmptyLength;
        private boolean hasCells;
        private long csvFieldBytes;
        private int emptyRows;
        private int columnCount;
        private int[] columnIds = new int[16];
        private final List<String> columnNames = new ArrayList<>();

        TableEncoder(ColumnIds.Table ids) {
            this.ids = ids;
        }

        void clear() {
            out.clear();
            rows = 0;
            leadingEmptyRows = 0;
            leadingEmptyLength = 0;
            hasCells = false;
            csvFieldBytes = 0;
            emptyRows = 0;
            columnCount = 0;
            columnNames.clear();
        }

        TableRows rows() {
            return new TableRows(
                    ids.name(),
                    out.toByteArray(),
                    rows,
                    leadingEmptyRows,
                    leadingEmptyLength,
                    csvFieldBytes,
                    emptyRows,
                    Arrays.copyOf(columnIds, columnCount),
                    columnNames.toArray(String[]::new));
        }

        void encode(OrderedObject row, int chunk) {
            int lengthAt = out.reserveInt();
            int size = row.size();
            out.writeVarint(size);
            boolean empty = true;
            for (int i = 0; i < size; i++) {
                String column = row.key(i);
                int id = id(column, chunk);
                Object value = row.value(i);
                if (value == JsonNull.NULL) {
                    out.writeVarint(id << 2 | TableRows.NULL);
                } else if (value instanceof JsonNumber number) {
                    empty = false;
                    writeText(id, TableRows.NUMBER, number.text().getBytes(StandardCharsets.US_ASCII));
                } else {
                    byte[] utf8 = CellText.of(value).getBytes(StandardCharsets.UTF_8);
                    empty &= utf8.length == 0;
                    int quotes = CsvFormat.quotesIn(utf8);
                    if (quotes < 0) {
                        writeText(id, TableRows.TEXT, utf8);
                    } else {
                        int length = utf8.length + quotes + 2;
                        out.writeVarint(id << 2 | TableRows.QUOTED);
                        out.writeVarint(length);
                        CsvFormat.writeQuoted(out, utf8, quotes);
                        csvFieldBytes += length;
                    }
                }
            }
            out.setInt(lengthAt, out.length() - lengthAt - 4);
            rows++;
            if (empty) {
                emptyRows++;
            }
            if (size > 0) {
                hasCells = true;
            } else if (!hasCells) {
                leadingEmptyRows++;
                leadingEmptyLength = out.length();
            }
        }

        private void writeText(int id, int kind, byte[] utf8) {
            out.writeVarint(id << 2 | kind);
            out.writeVarint(utf8.length);
            out.write(utf8);
            csvFieldBytes += utf8.length;
        }

        /** The column's id, noting its first appearance in the chunk. */
        private int id(String column, int chunk) {
            Integer cached = cache.get(column);
            int id;
            if (cached == null) {
                id = ids.id(column);
                cache.put(column, id);
            } else {
                id = cached;
            }
            if (id >= seenIn.length) {
                seenIn = Arrays.copyOf(seenIn, Math.max(seenIn.length * 2, id + 1));
            }
            if (seenIn[id] != chunk) {
                seenIn[id] = chunk;
                if (columnCount == columnIds.length) {
                    columnIds = Arrays.copyOf(columnIds, columnCount * 2);
                }
                columnIds[columnCount++] = id;
                columnNames.add(column);
            }
            return id;
        }
    }
}
