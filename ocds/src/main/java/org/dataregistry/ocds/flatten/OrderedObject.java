package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as flatterer holds it (serde_json's map with {@code preserve_order}): members in
 * insertion order, a repeated key replacing the value in its first place, and removal by
 * <em>swap-remove</em> (the last member moves into the removed member's place). Flatterer's
 * column order follows from these rules, so they are reproduced exactly.
 */
final class OrderedObject {

    private final List<String> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    int size() {
        return keys.size();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    String key(int position) {
        return keys.get(position);
    }

    Object value(int position) {
        return values.get(position);
    }

    boolean contains(String key) {
        return index.containsKey(key);
    }

    /** The value of {@code key}, or {@code null} if absent (a JSON null is {@link JsonNull#NULL}). */
    Object get(String key) {
        Integer position = index.get(key);
        return position == null ? null : values.get(position);
    }

    /** Sets {@code key}: in its place if present, else at the end. */
    void put(String key, Object value) {
        Integer position = index.get(key);
        if (position == null) {
            index.put(key, keys.size());
            keys.add(key);
            values.add(value);
        } else {
            values.set(position, value);
        }
    }

    /** Removes {@code key}, moving the last member into its place. */
    void swapRemove(String key) {
        Integer position = index.remove(key);
        if (position == null) {
            return;
        }
        int last = keys.size() - 1;
        if (position != last) {
            String moved = keys.get(last);
            keys.set(position, moved);
            values.set(position, values.get(last));
            index.put(moved, position);
        }
        keys.remove(last);
        values.remove(last);
    }
}
