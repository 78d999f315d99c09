package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON object (a compiled release) into table rows as flatterer does with the Data
 * Registry's options ({@code pushdown=["ocid","id"]}, {@code no_link=True}, separator {@code _},
 * main table {@code main}, no schema):
 * <ul>
 *   <li>the object is a row of {@code main}; each member of a nested object becomes a column
 *       named by the path ({@code tender_value_amount});</li>
 *   <li>each non-empty object of an array of objects is a row of the table named by the array's
 *       path without indexes ({@code awards}, {@code tender_items}, {@code awards_suppliers});</li>
 *   <li>an array of strings is one cell ({@link CellText#stringList}); an empty array is dropped;
 *       any other array is JSON text;</li>
 *   <li>every row of a child table gets, after its own columns and when not null, the {@code ocid}
 *       and {@code id} of each enclosing object that has them, as {@code <table>_ocid} and
 *       {@code <table>_id} ({@code main_ocid}, {@code main_id}, {@code tender_id}); no
 *       {@code _link} columns.</li>
 * </ul>
 * A row's columns come in flatterer's order, which follows from its map operations (see
 * {@link OrderedObject}): scalars and string lists stay in place, arrays of objects and nested
 * objects are swap-removed, then the nested objects' columns are appended, then pushdown columns.
 * Child rows are given before their parent's row; a table is announced before its first row and
 * before any of its children's tables.
 */
final class RowFlattener {

    /** The table of the top-level objects. */
    static final String MAIN = "main";

    private static final String SEPARATOR = "_";
    private static final List<String> PUSHDOWN = List.of("ocid", "id");

    private final RowSink sink;
    private final Map<String, Names> names = new HashMap<>();

    RowFlattener(RowSink sink) {
        this.sink = sink;
    }

    /** Where rows go. */
    interface RowSink {

        /** A table is reached, for the first time or again; its rows may follow. */
        void table(String table);

        /** A row of {@code table}, its columns in order. */
        void row(String table, OrderedObject row);
    }

    /** Flattens one top-level object (which it consumes). */
    void flatten(OrderedObject object) {
        flatten(object, true, names(MAIN), true, List.of());
    }

    /**
     * Flattens an object found at {@code path} (its path without indexes, joined by {@code _};
     * the table {@code main} for a top-level object).
     */
    private OrderedObject flatten(OrderedObject object, boolean emit, Names path, boolean topLevel,
                                  List<Column> inherited) {
        String table = path.name();
        if (emit) {
            sink.table(table);
        }
        List<Column> pushdown = withOwnIdentifiers(object, path, inherited);
        List<String> removed = new ArrayList<>();
        List<Column> added = new ArrayList<>();
        for (int i = 0; i < object.size(); i++) {
            if (object.value(i) instanceof List<?> array) {
                String key = object.key(i);
                if (array.isEmpty()) {
                    removed.add(key);
                } else if (allOf(array, String.class)) {
                    added.add(new Column(key, CellText.stringList(array)));
                } else if (allOf(array, OrderedObject.class)) {
                    removed.add(key);
                    Names childPath = child(path, topLevel, key);
                    for (Object element : array) {
                        OrderedObject child = (OrderedObject) element;
                        if (!child.isEmpty()) {
                            flatten(child, true, childPath, false, pushdown);
                        }
                    }
                } else {
                    added.add(new Column(key, CellText.json(array)));
                }
            }
        }
        for (int i = 0; i < object.size(); i++) {
            if (object.value(i) instanceof OrderedObject nested) {
                String key = object.key(i);
                removed.add(key);
                OrderedObject columns = flatten(nested, false, child(path, topLevel, key), false, pushdown);
                Names prefix = names(key);
                for (int c = 0; c < columns.size(); c++) {
                    added.add(new Column(prefix.join(columns.key(c)), columns.value(c)));
                }
            }
        }
        removed.forEach(object::swapRemove);
        added.forEach(column -> object.put(column.column(), column.value()));
        if (!emit) {
            return object;
        }
        for (Column column : inherited) {
            if (column.value() != JsonNull.NULL && !object.contains(column.column())) {
                object.put(column.column(), column.value());
            }
        }
        sink.row(table, object);
        return null;
    }

    /** The identifiers passed down to this object's children: the inherited ones, then its own. */
    private List<Column> withOwnIdentifiers(OrderedObject object, Names table, List<Column> inherited) {
        List<Column> pushdown = inherited;
        for (String field : PUSHDOWN) {
            if (object.contains(field)) {
                if (pushdown == inherited) {
                    pushdown = new ArrayList<>(inherited);
                }
                pushdown.add(new Column(table.join(field), object.get(field)));
            }
        }
        return pushdown;
    }

    private static boolean allOf(List<?> array, Class<?> type) {
        for (Object element : array) {
            if (!type.isInstance(element)) {
                return false;
            }
        }
        return true;
    }

    /** The path of a member: its name under a top-level object, else {@code path_name}. */
    private Names child(Names path, boolean topLevel, String key) {
        return topLevel ? names(key) : names(path.join(key));
    }

    private Names names(String prefix) {
        return names.computeIfAbsent(prefix, Names::new);
    }

    /**
     * A name and the names joined to it ({@code name_member}), each built once: the names of
     * tables and columns repeat in every release, and reusing them saves building and hashing
     * them again.
     */
    private static final class Names {

        private final String name;
        private final Map<String, String> joined = new HashMap<>();

        Names(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        String join(String member) {
            String result = joined.get(member);
            if (result == null) {
                result = name + SEPARATOR + member;
                joined.put(member, result);
            }
            return result;
        }
    }

    /** A column and its value, to add to a row or to pass down to child rows. */
    private record Column(String column, Object value) {
    }
}
