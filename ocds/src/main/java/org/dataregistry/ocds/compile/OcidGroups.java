package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.dataregistry.ocds.read.ReleaseItem;

/** Groups release items by OCID, for {@link ReleaseCompiler}. */
public final class OcidGroups {

    private OcidGroups() {
    }

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
        return new SortedGroups(items);
    }

    /**
     * Groups items in any order, in memory: for inputs that fit in memory (one file, tests). Groups
     * come in the order their OCIDs first appear.
     */
    public static Iterator<List<ReleaseItem>> inMemory(Iterator<ReleaseItem> items) {
        Map<String, List<ReleaseItem>> groups = new LinkedHashMap<>();
        items.forEachRemaining(item -> groups.computeIfAbsent(item.ocid(), ocid -> new ArrayList<>()).add(item));
        return groups.values().iterator();
    }

    private static final class SortedGroups implements Iterator<List<ReleaseItem>> {

        private final Iterator<ReleaseItem> items;
        private ReleaseItem lookahead;

        SortedGroups(Iterator<ReleaseItem> items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return lookahead != null || items.hasNext();
        }

        @Override
        public List<ReleaseItem> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<ReleaseItem> group = new ArrayList<>();
            group.add(lookahead != null ? lookahead : items.next());
            lookahead = null;
            String ocid = group.getFirst().ocid();
            while (items.hasNext()) {
                ReleaseItem item = items.next();
                int order = item.ocid().compareTo(ocid);
                if (order == 0) {
                    group.add(item);
                } else if (order > 0) {
                    lookahead = item;
                    break;
                } else {
                    throw new IllegalArgumentException("releases are not sorted by OCID: " + item.ocid() + " ("
                            + item.position() + ") comes after " + ocid);
                }
            }
            return group;
        }
    }
}
