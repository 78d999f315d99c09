package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first pass: finds the tables, in order of first appearance, and their columns. */
final class TableShapes implements RowFlattener.RowSink {

    private final Map<String, TableShape> tables = new LinkedHashMap<>();

    @Override
    public void table(String table) {
        tables.computeIfAbsent(table, TableShape::new);
    }

    @Override
    public void row(String table, OrderedObject row) {
        tables.get(table).add(row);
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
