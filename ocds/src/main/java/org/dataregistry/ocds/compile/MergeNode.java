package org.dataregistry.ocds.compile;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A path met in an OCID's releases: a field of an object, or an object of an array identified by
 * its {@link ElementKey}. Paths are shared, so each is one node however many releases have it; a
 * path that held a value (a leaf) keeps the latest value and, for versioned releases, its history.
 */
final class MergeNode {

    final MergeNode parent;
    /** The field name, or {@code null} for an object of an array. */
    final String field;
    /** The object's key, or {@code null} for a field. */
    final ElementKey element;
    /** The {@code id} of the first object with this key, set first on the merged object; {@code null} if none. */
    final JsonNode originalId;

    final int depth;

    private Map<Object, MergeNode> children;

    /** Whether a value was assigned here. */
    boolean leaf;
    /** The latest value assigned. */
    JsonNode value;
    /** The versioned values assigned, if versioning. */
    ArrayNode versions;
    /** The last object (numbered by {@link TextMerge}) in which this field was met. */
    int lastObjectSerial;
    /** The container that {@link #builtBy} built at this path: each builder looks a path up once, not once per leaf. */
    JsonNode built;
    /** The {@link TreeBuilder} that last built a container here. */
    Object builtBy;

    private MergeNode(MergeNode parent, String field, ElementKey element, JsonNode originalId) {
        this.parent = parent;
        this.field = field;
        this.element = element;
        this.originalId = originalId;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    static MergeNode root() {
        return new MergeNode(null, null, null, null);
    }

    MergeNode field(String name) {
        MergeNode child = children().get(name);
        if (child == null) {
            child = new MergeNode(this, name, null, null);
            children.put(name, child);
        }
        return child;
    }

    MergeNode element(ElementKey key, JsonNode id) {
        MergeNode child = children().get(key);
        if (child == null) {
            child = new MergeNode(this, null, key, id == null || id.isNull() ? null : id);
            children.put(key, child);
        }
        return child;
    }

    /** The nodes from the root's child to this one. */
    MergeNode[] chain() {
        MergeNode[] chain = new MergeNode[depth];
        for (MergeNode node = this; node.parent != null; node = node.parent) {
            chain[node.depth - 1] = node;
        }
        return chain;
    }

    /** The dotted field path without array positions, as merge rules and warnings name paths. */
    String fieldPath() {
        StringBuilder path = new StringBuilder();
        for (MergeNode node : chain()) {
            if (node.field != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.field);
            }
        }
        return path.toString();
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder();
        for (MergeNode node : chain()) {
            path.append('/').append(node.field != null ? node.field : node.element.toString());
        }
        return path.toString();
    }

    private Map<Object, MergeNode> children() {
        if (children == null) {
            children = new HashMap<>(8);
        }
        return children;
    }
}
