package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables found so far, in order of first appearance, with their columns. */
final class TableShapes {

    private final Map<String, TableShape> tables = new LinkedHashMap<>();

    /** A table is reached (the first time, it is added). */
    void table(String table) {
        tables.computeIfAbsent(table, TableShape::new);
    }

    /** A table reached before. */
    TableShape get(String table) {
        return tables.get(table);
    }

    /** The tables with at least one row, in order of first appearance ({@code main} first). */
    List<TableShape> nonEmpty() {
        List<TableShape> nonEmpty = new ArrayList<>();
        for (TableShape table : tables.values()) {
            if (table.rows() > 0) {
                nonEmpty.add(table);
            }
        }
        return nonEmpty;
    }
}
