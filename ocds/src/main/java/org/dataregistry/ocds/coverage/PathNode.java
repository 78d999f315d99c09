package org.dataregistry.ocds.coverage;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One coverage path and its count, with the paths below it: a trie over paths, so that counting
 * a value costs a lookup by member name instead of building a path string.
 */
final class PathNode {

    private final String path;
    private long count;
    private PathNode object;
    private PathNode element;
    private Map<String, PathNode> members;

    PathNode(String path) {
        this.path = path;
    }

    /** The path of a non-empty object here: this path and {@code /}. */
    PathNode object() {
        if (object == null) {
            object = new PathNode(path + "/");
        }
        return object;
    }

    /** The path of the elements of an array here: this path and {@code []}. */
    PathNode element() {
        if (element == null) {
            element = new PathNode(path + "[]");
        }
        return element;
    }

    /** The path of a member of the object whose path this is (it ends with {@code /}). */
    PathNode member(String name) {
        if (members == null) {
            members = new HashMap<>();
        }
        PathNode member = members.get(name);
        if (member == null) {
            member = new PathNode(path + name);
            members.put(name, member);
        }
        return member;
    }

    void increment() {
        count++;
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
