package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table as the pass over the input finds it: its columns in order of first appearance (each
 * with the {@link ColumnIds} id the workers gave it), its rows, and what its CSV file's length
 * follows from.
 */
final class TableShape {

    private final String name;
    private final List<String> columns = new ArrayList<>();
    private int[] positions = new int[0];
    private long rows;
    private long csvFieldBytes;
    private long emptyRows;

    TableShape(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The columns, in order of first appearance. */
    List<String> columns() {
        return columns;
    }

    long rows() {
        return rows;
    }

    /** The position of the column with id {@code id}, or -1 if it has not appeared. */
    int position(int id) {
        return id < positions.length ? positions[id] : -1;
    }

    /**
     * Adds one chunk's rows, in input order, as flatterer does: a row without cells is written only
     * once the table has columns (it is then a row of empty cells).
     *
     * @return the length of the leading bytes of {@code chunk} that are not written
     */
    int add(TableRows chunk) {
        int skipped = columns.isEmpty() ? chunk.leadingEmptyRows() : 0;
        int[] ids = chunk.columnIds();
        for (int i = 0; i < ids.length; i++) {
            if (position(ids[i]) < 0) {
                if (ids[i] >= positions.length) {
                    int old = positions.length;
                    positions = Arrays.copyOf(positions, Math.max(ids[i] + 1, old * 2));
                    Arrays.fill(positions, old, positions.length, -1);
                }
                positions[ids[i]] = columns.size();
                columns.add(chunk.columnNames()[i]);
            }
        }
        rows += chunk.rows() - skipped;
        csvFieldBytes += chunk.csvFieldBytes();
        emptyRows += chunk.emptyRows() - skipped;
        return skipped == 0 ? 0 : chunk.leadingEmptyLength();
    }

    /** The length of the table's CSV records, once all rows are added. */
    long csvRecordsLength() {
        return CsvFormat.recordsLength(rows, columns.size(), csvFieldBytes, emptyRows);
    }
}
