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
    private OrderedObject flatten(
            OrderedObject object, boolean emit, Names path, boolean topLevel, List<Column> inherited) {
        String table = path.name();
        if (emit) {
            sink.table(table);
        }
        List<Column> pushdown = withOwnIdentifiers(object, path, inherited);
        List<String> removed = null;
        List<Column> added = null;
        for (int i = 0; i < object.size(); i++) {
            if (object.value(i) instanceof List<?> array) {
                String key = object.key(i);
                if (removed == null) {
                    removed = new ArrayList<>();
                    added = new ArrayList<>();
                }
                if (array.isEmpty()) {
                    removed.add(key);
                } else if (allStrings(array)) {
                    added.add(new Column(key, CellText.stringList(array)));
                } else if (allObjects(array)) {
                    removed.add(key);
                    Names childPath = member(path, topLevel, key).path();
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
                if (removed == null) {
                    removed = new ArrayList<>();
                    added = new ArrayList<>();
                }
                removed.add(key);
                Member member = member(path, topLevel, key);
                OrderedObject columns = flatten(nested, false, member.path(), false, pushdown);
                for (int c = 0; c < columns.size(); c++) {
                    added.add(new Column(member.prefix().join(columns.key(c)), columns.value(c)));
                }
            }
        }
        if (removed != null) {
            for (String key : removed) {
                object.swapRemove(key);
            }
            for (Column column : added) {
                object.put(column.column(), column.value());
            }
        }
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

    private static boolean allStrings(List<?> array) {
        for (Object element : array) {
            if (!(element instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allObjects(List<?> array) {
        for (Object element : array) {
            if (!(element instanceof OrderedObject)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A member of an object at {@code path}: its own path (its name under a top-level object,
     * else {@code path_name}) and the prefix of its columns when it is a nested object (its name).
     */
    private Member member(Names path, boolean topLevel, String key) {
        Member member = path.members.get(key);
        if (member == null) {
            member = new Member(topLevel ? names(key) : names(path.join(key)), names(key));
            path.members.put(key, member);
        }
        return member;
    }

    private Names names(String prefix) {
        return names.computeIfAbsent(prefix, Names::new);
    }

    /**
     * A name, the names joined to it ({@code name_member}) and the names of its members, each
     * built once: the names of tables and columns repeat in every release, and reusing them saves
     * building and hashing them again.
     */
    private static final class Names {

        private final String name;
        private final Map<String, String> joined = new HashMap<>();
        private final Map<String, Member> members = new HashMap<>();

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

    /** The names of a member: its path and its columns' prefix. */
    private record Member(Names path, Names prefix) {}

    /** A column and its value, to add to a row or to pass down to child rows. */
    private record Column(String column, Object value) {}
}
