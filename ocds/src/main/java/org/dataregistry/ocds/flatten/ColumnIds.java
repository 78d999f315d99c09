package org.dataregistry.ocds.flatten;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for column names, per table, shared by the worker threads: the same name of the same
 * table gets the same id on every thread, and a table's ids are 0, 1, 2... in the order the
 * threads happen to ask (not the order of first appearance in the input, which
 * {@link TableShape} keeps). Thread-safe.
 */
final class ColumnIds {

    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

    /** The numbering of a table's columns. */
    Table table(String name) {
        return tables.computeIfAbsent(name, Table::new);
    }

    /** One table's column numbers. */
    static final class Table {

        private final String name;
        private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        private Table(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        /** The id of a column, given on first request. */
        int id(String column) {
            Integer id = ids.get(column);
            return id != null ? id : ids.computeIfAbsent(column, ignored -> next.getAndIncrement());
        }
    }
}
