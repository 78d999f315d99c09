package org.dataregistry.ocds.flatten;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON object as flatterer holds it (serde_json's map with {@code preserve_order}): members in
 * insertion order, a repeated key replacing the value in its first place, and removal by
 * <em>swap-remove</em> (the last member moves into the removed member's place). Flatterer's
 * column order follows from these rules, so they are reproduced exactly.
 *
 * <p>Small objects (most OCDS objects) are searched linearly, comparing the keys' hash codes
 * first (a String caches its own); an index is built past {@value #INDEXED_FROM} members.
 */
final class OrderedObject {

    private static final int INDEXED_FROM = 32;

    private String[] keys = new String[8];
    private int[] hashes = new int[8];
    private Object[] values = new Object[8];
    private int size;
    private Map<String, Integer> index;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    String key(int position) {
        return keys[position];
    }

    Object value(int position) {
        return values[position];
    }

    boolean contains(String key) {
        return positionOf(key) >= 0;
    }

    /** The value of {@code key}, or {@code null} if absent (a JSON null is {@link JsonNull#NULL}). */
    Object get(String key) {
        int position = positionOf(key);
        return position < 0 ? null : values[position];
    }

    /** Sets {@code key}: in its place if present, else at the end. */
    void put(String key, Object value) {
        int position = positionOf(key);
        if (position >= 0) {
            values[position] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        hashes[size] = key.hashCode();
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        }
        size++;
        if (index == null && size > INDEXED_FROM) {
            index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                index.put(keys[i], i);
            }
        }
    }

    /** Removes {@code key}, moving the last member into its place. */
    void swapRemove(String key) {
        int position = positionOf(key);
        if (position < 0) {
            return;
        }
        int last = size - 1;
        if (index != null) {
            index.remove(key);
        }
        if (position != last) {
            keys[position] = keys[last];
            hashes[position] = hashes[last];
            values[position] = values[last];
            if (index != null) {
                index.put(keys[position], position);
            }
        }
        keys[last] = null;
        values[last] = null;
        size--;
    }

    private int positionOf(String key) {
        if (index != null) {
            Integer position = index.get(key);
            return position == null ? -1 : position;
        }
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && key.equals(keys[i])) {
                return i;
            }
        }
        return -1;
    }
}
