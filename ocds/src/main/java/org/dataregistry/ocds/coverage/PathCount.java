package org.dataregistry.ocds.coverage;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One coverage path and its count, with the paths below it: a trie over paths, so that counting
 * a value costs a lookup by member name instead of building a path string.
 */
final class PathCount {

    private final String path;
    private long count;
    private PathCount object;
    private PathCount element;
    private Map<String, PathCount> members;

    PathCount(String path) {
        this.path = path;
    }

    /** The path of a non-empty object here: this path and {@code /}. */
    PathCount object() {
        if (object == null) {
            object = new PathCount(path + "/");
        }
        return object;
    }

    /** The path of the elements of an array here: this path and {@code []}. */
    PathCount element() {
        if (element == null) {
            element = new PathCount(path + "[]");
        }
        return element;
    }

    /** The path of a member of the object whose path this is (it ends with {@code /}). */
    PathCount member(String name) {
        if (members == null) {
            members = new HashMap<>();
        }
        PathCount member = members.get(name);
        if (member == null) {
            member = new PathCount(path + name);
            members.put(name, member);
        }
        return member;
    }

    void increment() {
        count++;
    }

    /** Adds the counts of {@code other}, a count of the same path over other values, and of the paths below it. */
    void merge(PathCount other) {
        count += other.count;
        if (other.object != null) {
            object().merge(other.object);
        }
        if (other.element != null) {
            element().merge(other.element);
        }
        if (other.members != null) {
            other.members.forEach((name, member) -> member(name).merge(member));
        }
    }

    /** Gives every path counted at least once, with its count. */
    void forEachCounted(BiConsumer<String, Long> action) {
        if (count > 0) {
            action.accept(path, count);
        }
        if (object != null) {
            object.forEachCounted(action);
        }
        if (element != null) {
            element.forEachCounted(action);
        }
        if (members != null) {
            members.values().forEach(member -> member.forEachCounted(action));
        }
    }
}
