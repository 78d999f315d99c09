package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;

/** Groups release items by OCID, for {@link ReleaseCompiler}. */
public final class OcidGroups {

    private OcidGroups() {}

    /**
     * Groups items that arrive sorted by OCID, lazily: memory holds one OCID's items.
     *
     * <p>"Sorted" is by {@link String#compareTo} (code point order for OCIDs; in PostgreSQL,
     * {@code ORDER BY ocid COLLATE "C"}; with GNU sort, {@code LC_ALL=C}). An OCID that comes after
     * a greater one would be split into two compiled releases, so it is an error.
     *
     * @throws IllegalArgumentException from {@code next()} if the items are not sorted
     */
    public static Iterator<List<ReleaseItem>> sorted(Iterator<ReleaseItem> items) {
        return new SortedGroups<>(items, ReleaseItem::ocid, ReleaseItem::position);
    }

    /**
     * Groups consecutive items of one OCID, lazily, as {@link #sorted} does for any kind of item.
     *
     * @throws IllegalArgumentException from {@code next()} if the items are not sorted
     */
    static <T> Iterator<List<T>> sorted(
            Iterator<T> items, Function<T, String> ocid, Function<T, SourcePosition> position) {
        return new SortedGroups<>(items, ocid, position);
    }

    /**
     * Groups items in any order, in memory: for inputs that fit in memory (one file, tests). Groups
     * come in the order their OCIDs first appear.
     */
    public static Iterator<List<ReleaseItem>> inMemory(Iterator<ReleaseItem> items) {
        Map<String, List<ReleaseItem>> groups = new LinkedHashMap<>();
        items.forEachRemaining(item ->
                groups.computeIfAbsent(item.ocid(), ocid -> new ArrayList<>()).add(item));
        return groups.values().iterator();
    }

    private static final class SortedGroups<T> implements Iterator<List<T>> {

        private final Iterator<T> items;
        private final Function<T, String> ocidOf;
        private final Function<T, SourcePosition> positionOf;
        private T lookahead;

        SortedGroups(Iterator<T> items, Function<T, String> ocidOf, Function<T, SourcePosition> positionOf) {
            this.items = items;
            this.ocidOf = ocidOf;
            this.positionOf = positionOf;
        }

        @Override
        public boolean hasNext() {
            return lookahead != null || items.hasNext();
        }

        @Override
        public List<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<T> group = new ArrayList<>();
            group.add(lookahead != null ? lookahead : items.next());
            lookahead = null;
            String ocid = ocidOf.apply(group.getFirst());
            while (items.hasNext()) {
                T item = items.next();
                int order = ocidOf.apply(item).compareTo(ocid);
                if (order == 0) {
                    group.add(item);
                } else if (order > 0) {
                    lookahead = item;
                    break;
                } else {
                    throw new IllegalArgumentException("releases are not sorted by OCID: " + ocidOf.apply(item) + " ("
                            + positionOf.apply(item) + ") comes after " + ocid);
                }
            }
            return group;
        }
    }
}
