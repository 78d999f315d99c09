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

    private final ObjectNode target;
    private final Function<MergeNode, JsonNode> leafValue;
    private final Map<JsonNode, JsonNode> copiedLeafValues = new IdentityHashMap<>();

    private TreeBuilder(ObjectNode target, Function<MergeNode, JsonNode> leafValue) {
        this.target = target;
        this.leafValue = leafValue;
    }

    /**
     * Adds the leaves to {@code target}.
     *
     * @param leafValue the value to write for a leaf; a {@code null} JSON value is left out
     */
    static void build(ObjectNode target, List<MergeNode> leaves, Function<MergeNode, JsonNode> leafValue) {
        TreeBuilder builder = new TreeBuilder(target, leafValue);
        for (MergeNode leaf : leaves) {
            builder.add(leaf);
        }
    }

    /** Writes a leaf's value into its object, unless the path is there already. */
    private void add(MergeNode leaf) {
        ObjectNode object = objectFor(leaf);
        if (object.get(leaf.field) == null) {
            JsonNode value = leafValue.apply(leaf);
            if (!value.isNull()) {
                object.set(leaf.field, value);
            }
        }
    }

    /**
     * The container at {@code path}, whose child {@code next} is being added: made when first
     * needed (an array if that child is an array's object, else an object), or the one there.
     */
    private JsonNode container(MergeNode path, MergeNode next) {
        if (path.parent == null) {
            return target;
        }
        if (path.builtBy == this) {
            return path.built;
        }
        JsonNode container =
                path.element != null ? arrayObject(arrayFor(path), path) : step(objectFor(path), path, next);
        path.builtBy = this;
        path.built = container;
        return container;
    }

    /** The field {@code path} of {@code object}: kept if there, else a new container for {@code next}. */
    private JsonNode step(ObjectNode object, MergeNode path, MergeNode next) {
        JsonNode existing = object.get(path.field);
        if (existing != null) {
            return descendable(object, path, existing);
        }
        return next.element != null ? object.putArray(path.field) : object.putObject(path.field);
    }

    /** The object holding the field {@code path}. */
    private ObjectNode objectFor(MergeNode path) {
        JsonNode parent = container(path.parent, path);
        if (!(parent instanceof ObjectNode object)) {
            throw inconsistent(path.parent, parent, "an object with a '" + path.field + "' key");
        }
        return object;
    }

    /** The array holding the array object {@code path}. */
    private ArrayNode arrayFor(MergeNode path) {
        JsonNode parent = container(path.parent, path);
        if (!(parent instanceof ArrayNode array)) {
            throw inconsistent(path.parent, parent, "an array");
        }
        return array;
    }

    private static ObjectNode arrayObject(ArrayNode array, MergeNode step) {
        ObjectNode object = array.addObject();
        if (step.originalId != null) {
            object.set("id", step.originalId);
        }
        return object;
    }

    /**
     * A container that was written as a leaf value is a release's own node: copy it before
     * writing into it (only happens when releases disagree on a path's type).
     */
    private JsonNode descendable(ObjectNode parent, MergeNode step, JsonNode existing) {
        if (!step.leaf || !existing.isContainer() || copiedLeafValues.containsKey(existing)) {
            return existing;
        }
        JsonNode copy = existing.deepCopy();
        copiedLeafValues.put(copy, copy);
        parent.set(step.field, copy);
        return copy;
    }

    private static MergeException inconsistent(MergeNode path, JsonNode previous, String current) {
        String shown = previous.toString();
        if (shown.length() > MAX_SHOWN_VALUE) {
            shown = shown.substring(0, MAX_SHOWN_VALUE) + "...";
        }
        return new MergeException(
                MergeError.INCONSISTENT_TYPE,
                -1,
                "An earlier release had " + shown + " for " + (path.parent == null ? "/" : path) + ", but the current "
                        + "release has " + current);
    }
}
