package org.dataregistry.ocds.compile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a merged release from the leaves of merged paths, in the order the paths first appeared.
 *
 * <p>As in ocdsmerge: objects and arrays on the way to a leaf are created when first needed, an
 * array's object starts with its original {@code id}; a path already present is kept (so an
 * object's {@code id} stays its original value, and a literal met after an object at the same path
 * is dropped); a {@code null} leaf is left out (null removes a field); a path that passes through a
 * literal is an {@link MergeError#INCONSISTENT_TYPE} error.
 */
final class TreeBuilder {

    private static final int MAX_SHOWN_VALUE = 100;

    private final Function<PathNode, JsonNode> leafValue;
    private final Map<PathNode, ObjectNode> arrayObjects = new IdentityHashMap<>();
    private final Map<JsonNode, JsonNode> copiedLeafValues = new IdentityHashMap<>();

    private TreeBuilder(Function<PathNode, JsonNode> leafValue) {
        this.leafValue = leafValue;
    }

    /**
     * Adds the leaves to {@code target}.
     *
     * @param leafValue the value to write for a leaf; a {@code null} JSON value is left out
     */
    static void build(ObjectNode target, List<PathNode> leaves, Function<PathNode, JsonNode> leafValue) {
        TreeBuilder builder = new TreeBuilder(leafValue);
        for (PathNode leaf : leaves) {
            builder.add(target, leaf);
        }
    }

    private void add(ObjectNode target, PathNode leaf) {
        PathNode[] chain = leaf.chain();
        JsonNode current = target;
        for (int i = 0; i < chain.length; i++) {
            PathNode step = chain[i];
            if (step.element != null) {
                if (!(current instanceof ArrayNode array)) {
                    throw inconsistent(step.parent, current, "an array");
                }
                current = arrayObject(array, step);
                continue;
            }
            if (!(current instanceof ObjectNode object)) {
                throw inconsistent(step.parent, current, "an object with a '" + step.field + "' key");
            }
            JsonNode existing = object.get(step.field);
            boolean last = i == chain.length - 1;
            if (existing != null) {
                current = last ? existing : descendable(object, step, existing);
            } else if (!last) {
                current = chain[i + 1].element != null ? object.putArray(step.field) : object.putObject(step.field);
            } else {
                JsonNode value = leafValue.apply(step);
                if (!value.isNull()) {
                    object.set(step.field, value);
                }
            }
        }
    }

    private ObjectNode arrayObject(ArrayNode array, PathNode step) {
        ObjectNode object = arrayObjects.get(step);
        if (object == null) {
            object = array.addObject();
            if (step.originalId != null) {
                object.set("id", step.originalId);
            }
            arrayObjects.put(step, object);
        }
        return object;
    }

    /**
     * A container that was written as a leaf value is a release's own node: copy it before
     * writing into it (only happens when releases disagree on a path's type).
     */
    private JsonNode descendable(ObjectNode parent, PathNode step, JsonNode existing) {
        if (!step.leaf || !existing.isContainer() || copiedLeafValues.containsKey(existing)) {
            return existing;
        }
        JsonNode copy = existing.deepCopy();
        copiedLeafValues.put(copy, copy);
        parent.set(step.field, copy);
        return copy;
    }

    private static MergeException inconsistent(PathNode path, JsonNode previous, String current) {
        String shown = previous.toString();
        if (shown.length() > MAX_SHOWN_VALUE) {
            shown = shown.substring(0, MAX_SHOWN_VALUE) + "...";
        }
        return new MergeException(MergeError.INCONSISTENT_TYPE, -1,
                "An earlier release had " + shown + " for " + (path.parent == null ? "/" : path) + ", but the current "
                        + "release has " + current);
    }
}
