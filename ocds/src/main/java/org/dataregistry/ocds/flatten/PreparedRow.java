package org.dataregistry.ocds.flatten;

/**
 * A row flattened and rendered on a worker thread, ready for the consuming thread to number its
 * columns and spill it; or, with no columns array, the news that a table was reached.
 *
 * @param table   the table
 * @param columns the row's columns in the row's order, or {@code null} for a table reached
 * @param texts   each column's cell text ({@link CellText}), or {@code null} for JSON null
 * @param numbers which columns hold a JSON number (for the XLSX)
 */
record PreparedRow(String table, String[] columns, String[] texts, boolean[] numbers) {

    /** A table was reached. */
    static PreparedRow tableReached(String table) {
        return new PreparedRow(table, null, null, null);
    }

    /** Renders a flattened row. */
    static PreparedRow of(String table, OrderedObject row) {
        int size = row.size();
        String[] columns = new String[size];
        String[] texts = new String[size];
        boolean[] numbers = new boolean[size];
        for (int i = 0; i < size; i++) {
            Object value = row.value(i);
            columns[i] = row.key(i);
            texts[i] = value == JsonNull.NULL ? null : CellText.of(value);
            numbers[i] = value instanceof JsonNumber;
        }
        return new PreparedRow(table, columns, texts, numbers);
    }

    /** Whether this reports a table reached rather than a row. */
    boolean isTableReached() {
        return columns == null;
    }
}
