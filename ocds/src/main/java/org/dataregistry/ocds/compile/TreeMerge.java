package org.dataregistry.ocds.compile;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges releases held as trees, in date order, into {@link MergedPaths}: each leaf keeps the
 * latest value of its path (and its history when versioning).
 *
 * <p>Per the OCDS merge rules: omitted fields are skipped; literals, {@code null}s, whole-list
 * arrays and arrays holding any non-object are leaves; objects are walked, empty ones change
 * nothing; arrays of objects are walked with each object keyed by its {@code id} (identifier
 * merge), and an empty one changes nothing.
 */
final class TreeMerge {

    /** Top-level fields that identify a release rather than describe the process: never merged as data. */
    private static final Set<String> RELEASE_IDENTITY = Set.of("ocid", "id", "date", "tag");

    /** Numbers are compared by value, as ocdsmerge's Python does: {@code 1.0} and {@code 1.00} are no change. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

    private final RuleNode rules;
    private final boolean keepLatest;
    private final boolean keepVersions;
    private final MergedPaths paths;
    private int releaseIndex;
    private ObjectNode release;

    TreeMerge(MergedPaths paths, RuleNode rules, boolean keepLatest, boolean keepVersions) {
        this.paths = paths;
        this.rules = rules;
        this.keepLatest = keepLatest;
        this.keepVersions = keepVersions;
    }

    /**
     * Merges the next release.
     *
     * @param inputIndex the release's index in the merger's input, for errors
     */
    void add(ObjectNode next, int inputIndex) {
        release = next;
        releaseIndex = inputIndex;
        for (var member : next.properties()) {
            if (!RELEASE_IDENTITY.contains(member.getKey())) {
                addMember(paths.root, rules, member.getKey(), member.getValue());
            }
        }
    }

    private void addMember(MergeNode parent, RuleNode parentRules, String field, JsonNode value) {
        RuleNode fieldRules = parentRules.child(field);
        if (fieldRules.rule == MergeRule.OMIT) {
            return;
        }
        if (fieldRules.rule == MergeRule.WHOLE_LIST || isWhole(value)) {
            assign(parent.field(field), value);
        } else if (!value.isEmpty()) {
            if (value instanceof ObjectNode object) {
                addObject(parent.field(field), fieldRules, object);
            } else {
                addObjects(parent.field(field), fieldRules, (ArrayNode) value);
            }
        }
    }

    private void addObject(MergeNode node, RuleNode nodeRules, ObjectNode object) {
        for (var member : object.properties()) {
            addMember(node, nodeRules, member.getKey(), member.getValue());
        }
    }

    /** An array of objects: identifier merge, or the strategy that overrides it. */
    private void addObjects(MergeNode array, RuleNode arrayRules, ArrayNode objects) {
        Map<ElementKey, Integer> idsSeen = MergedPaths.idsSeen();
        for (int index = 0; index < objects.size(); index++) {
            ObjectNode object = (ObjectNode) objects.get(index);
            addObject(
                    paths.element(array, arrayRules, object.get("id"), index, idsSeen, releaseIndex),
                    arrayRules,
                    object);
        }
    }

    /** Literals, nulls, and arrays that hold anything but objects are merged whole. */
    private static boolean isWhole(JsonNode value) {
        if (value.isObject()) {
            return false;
        }
        if (value instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (!item.isObject()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private void assign(MergeNode path, JsonNode value) {
        MergeNode node = paths.leaf(path);
        if (keepLatest) {
            node.value = value;
        }
        if (keepVersions) {
            addVersion(node, value);
        }
    }

    /** Appends a versioned value, unless the value is unchanged since the last one. */
    private void addVersion(MergeNode node, JsonNode value) {
        if (node.versions == null) {
            node.versions = JsonNodeFactory.instance.arrayNode();
        } else if (node.versions.get(node.versions.size() - 1).get("value").equals(NUMBERS_BY_VALUE, value)) {
            return;
        }
        ObjectNode version = node.versions.addObject();
        version.set("releaseID", orNull(release.get("id")));
        version.set("releaseDate", orNull(release.get("date")));
        version.set("releaseTag", orNull(release.get("tag")));
        version.set("value", value);
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : value;
    }
}
