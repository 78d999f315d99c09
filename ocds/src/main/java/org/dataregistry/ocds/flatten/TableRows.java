package org.dataregistry.ocds.flatten;

/**
 * The rows of one table from one chunk of input, encoded on a worker thread ({@link RowEncoder})
 * for {@link RowSpills}, which appends them to the table's spill file in input order.
 *
 * <p>Encoding, per row: its length in bytes after this field (a big-endian int), its number of
 * cells (a varint), then each cell: {@code id << 2 | kind} (a varint; the id is the column's
 * {@link ColumnIds} number), and for all kinds but {@link #NULL} the length of the text (a varint)
 * and its UTF-8 bytes. Varints are unsigned LEB128.
 *
 * @param table              the table
 * @param bytes              the encoded rows
 * @param rows               how many rows
 * @param leadingEmptyRows   the rows without cells before the chunk's first row with cells: they
 *                           are not written if the table has no columns yet (flatterer writes a
 *                           row without cells only once the table has columns)
 * @param leadingEmptyLength their length in bytes, at the start of {@code bytes}
 * @param csvFieldBytes      the CSV bytes of all the cells (their texts, quoted when
 *                           {@link #QUOTED}), without separators
 * @param emptyRows          the rows whose cells are all null or empty text (including the leading ones):
 *                           in a table of one column, CSV writes such a row as {@code ""}
 * @param columnIds          the ids of the columns, in order of first appearance in the chunk
 * @param columnNames        their names
 */
record TableRows(
        String table,
        byte[] bytes,
        int rows,
        int leadingEmptyRows,
        int leadingEmptyLength,
        long csvFieldBytes,
        int emptyRows,
        int[] columnIds,
        String[] columnNames) {

    /** A string that CSV writes as it is. */
    static final int TEXT = 0;

    /**
     * A string that CSV must quote (it holds a comma, quote, CR or LF): its text is stored
     * quoted, as CSV writes it ({@link CsvFormat}).
     */
    static final int QUOTED = 1;

    /** A JSON number, as published. */
    static final int NUMBER = 2;

    /** A JSON null: an empty cell, without text. */
    static final int NULL = 3;
}
