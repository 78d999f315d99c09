package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The paths merged so far from one OCID's releases, whichever form the releases come in
 * ({@link TreeMerge} walks trees, {@link TextMerge} walks JSON text): the leaves
 * in the order their paths first appeared, which is the order of fields and array objects in the
 * merged release, and the warnings met.
 */
final class MergedPaths {

    final MergeNode root = MergeNode.root();
    private final List<MergeNode> leaves = new ArrayList<>();
    private final List<MergeWarning> warnings = new ArrayList<>();

    List<MergeNode> leaves() {
        return leaves;
    }

    List<MergeWarning> warnings() {
        return warnings;
    }

    /** Marks {@code node} as a leaf (listing it the first time) and returns it. */
    MergeNode leaf(MergeNode node) {
        if (!node.leaf) {
            node.leaf = true;
            leaves.add(node);
        }
        return node;
    }

    /**
     * Where the object at {@code index} of an array of objects merges: by its {@code id}, or by the
     * strategy that overrides identifier merge. A repeated {@code id} within the array is warned of.
     *
     * @param idsSeen the keys of the array's earlier objects (filled here)
     * @throws MergeException if the {@code id} cannot identify an object
     */
    MergeNode element(
            MergeNode array,
            RuleNode arrayRules,
            JsonNode id,
            int index,
            Map<ElementKey, Integer> idsSeen,
            int releaseIndex) {
        ElementKey byId = ElementKey.of(id, releaseIndex);
        if (idsSeen.putIfAbsent(byId, index) != null) {
            warnings.add(new MergeWarning.DuplicateIdValue(array.fieldPath(), byId.toString()));
        }
        ElementKey key = arrayRules.arrayStrategy == null
                ? byId
                : switch (arrayRules.arrayStrategy) {
                    case APPEND -> new ElementKey.Unique();
                    case MERGE_BY_POSITION -> new ElementKey.ByPosition(index);
                };
        return array.element(key, id);
    }

    /** A new map for {@link #element}'s {@code idsSeen}. */
    static Map<ElementKey, Integer> idsSeen() {
        return new HashMap<>(8);
    }
}
