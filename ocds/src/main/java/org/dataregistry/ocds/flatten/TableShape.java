package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One table as the first pass finds it: its columns in order of first appearance and its row count. */
final class TableShape {

    private final String name;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> columns = new ArrayList<>();
    private long rows;

    TableShape(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    long rows() {
        return rows;
    }

    /** The position of a column, or -1. */
    int indexOf(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? -1 : index;
    }

    /**
     * Counts a row and any new columns, as flatterer does: a row without columns is written only
     * once the table has columns (it is then a row of empty cells).
     *
     * @param columns the row's columns, in the row's order
     * @return whether the row is written
     */
    boolean add(String[] columns) {
        if (columns.length == 0 && this.columns.isEmpty()) {
            return false;
        }
        rows++;
        for (String column : columns) {
            if (!columnIndex.containsKey(column)) {
                columnIndex.put(column, this.columns.size());
                this.columns.add(column);
            }
        }
        return true;
    }
}
