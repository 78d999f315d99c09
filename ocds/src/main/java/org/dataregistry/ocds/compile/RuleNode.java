package org.dataregistry.ocds.compile;

import java.util.HashMap;
import java.util.Map;

/**
 * The merge rules at one field path and below, keyed by field name (array items add no level).
 * Built once per schema, then only read.
 */
final class RuleNode {

    /** No rule here or anywhere below: every field the schema does not know about. */
    static final RuleNode NONE = new RuleNode();

    MergeRule rule;
    ArrayStrategy arrayStrategy;
    final Map<String, RuleNode> children = new HashMap<>();

    RuleNode child(String field) {
        RuleNode child = children.get(field);
        return child == null ? NONE : child;
    }

    RuleNode childForUpdate(String field) {
        return children.computeIfAbsent(field, name -> new RuleNode());
    }

    RuleNode copy() {
        RuleNode copy = new RuleNode();
        copy.rule = rule;
        copy.arrayStrategy = arrayStrategy;
        children.forEach((field, child) -> copy.children.put(field, child.copy()));
        return copy;
    }
}
