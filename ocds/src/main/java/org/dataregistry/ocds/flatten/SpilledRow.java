package org.dataregistry.ocds.flatten;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A row read back from a spill ({@link RowSpills#forEachRow}): each cell's kind
 * ({@link TableRows#TEXT} etc., or {@link #ABSENT}) and text bytes by column position. The
 * instance is reused for the next row of the table.
 */
final class SpilledRow {

    /** The row has no cell in this column. */
    static final int ABSENT = -1;

    private final int columns;
    private final int[] kinds;
    private final int[] starts;
    private final int[] lengths;
    private final int[] present;
    private int presentCount;
    private byte[] bytes;

    SpilledRow(int columns) {
        this.columns = columns;
        this.kinds = new int[columns];
        this.starts = new int[columns];
        this.lengths = new int[columns];
        this.present = new int[columns];
        Arrays.fill(kinds, ABSENT);
    }

    /** The number of columns of the table. */
    int columns() {
        return columns;
    }

    /** The kind of the cell at {@code position}: {@link TableRows#TEXT} etc., or {@link #ABSENT}. */
    int kind(int position) {
        return kinds[position];
    }

    /** The array holding the cells' texts. */
    byte[] bytes() {
        return bytes;
    }

    /** Where the text of the cell at {@code position} starts in {@link #bytes()}. */
    int start(int position) {
        return starts[position];
    }

    /** The length of the text of the cell at {@code position}. */
    int length(int position) {
        return lengths[position];
    }

    /**
     * The cell's value as a string: its text (unquoted if stored {@link TableRows#QUOTED}), or
     * {@code null} for an absent or null cell.
     */
    String text(int position) {
        int kind = kinds[position];
        if (kind == ABSENT || kind == TableRows.NULL) {
            return null;
        }
        String text = new String(bytes, starts[position], lengths[position], StandardCharsets.UTF_8);
        return kind == TableRows.QUOTED ? CsvFormat.unquote(text) : text;
    }

    /** Appends the row as one CSV record ({@link CsvFormat}). */
    void appendCsv(ByteSink out) {
        if (columns == 1 && (kinds[0] == ABSENT || kinds[0] == TableRows.NULL || lengths[0] == 0)) {
            out.write('"');
            out.write('"');
            out.write('\n');
            return;
        }
        out.ensure(columns);
        for (int position = 0; position < columns; position++) {
            if (position > 0) {
                out.write(',');
            }
            int kind = kinds[position];
            if (kind != ABSENT && kind != TableRows.NULL) {
                out.write(bytes, starts[position], lengths[position]);
            }
        }
        out.write('\n');
    }

    /** Starts the next row, whose cells' texts are in {@code bytes}. */
    void reset(byte[] bytes) {
        for (int i = 0; i < presentCount; i++) {
            kinds[present[i]] = ABSENT;
        }
        presentCount = 0;
        this.bytes = bytes;
    }

    /** Sets a cell of the row. */
    void set(int position, int kind, int start, int length) {
        kinds[position] = kind;
        starts[position] = start;
        lengths[position] = length;
        present[presentCount++] = position;
    }
}
