package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives merge rules from a release schema, following its local {@code $ref}s as a dereferenced
 * schema would (a {@code $ref} object is replaced by its target).
 *
 * <p>For each property, in order: {@code omitWhenMerged}/{@code ocdsOmit} gives {@link MergeRule#OMIT};
 * an array with {@code wholeListMerge}/{@code ocdsVersion} gives {@link MergeRule#WHOLE_LIST}; an
 * object with {@code properties} is walked; an array whose items are not all objects, or are
 * objects without an {@code id} property, gives {@link MergeRule#WHOLE_LIST}; an array of objects
 * with an {@code id} property is walked (identifier merge).
 */
final class SchemaRules {

    private final JsonNode root;

    private SchemaRules(JsonNode root) {
        this.root = root;
    }

    static RuleNode derive(JsonNode schema) {
        if (!(schema instanceof ObjectNode)) {
            throw new IllegalArgumentException("a release schema must be a JSON object");
        }
        RuleNode rules = new RuleNode();
        SchemaRules walker = new SchemaRules(schema);
        walker.walk(walker.resolve(schema, new HashSet<>()).path("properties"), rules, new HashSet<>());
        return rules;
    }

    private void walk(JsonNode properties, RuleNode into, Set<String> refChain) {
        for (var property : properties.properties()) {
            Set<String> chain = new HashSet<>(refChain);
            JsonNode schema = resolve(property.getValue(), chain);
            String name = property.getKey();
            List<String> types = types(schema);
            if (schema.path("omitWhenMerged").asBoolean(false) || mergeStrategy(schema, "ocdsOmit")) {
                into.childForUpdate(name).rule = MergeRule.OMIT;
            } else if (types.contains("array")
                    && (schema.path("wholeListMerge").asBoolean(false) || mergeStrategy(schema, "ocdsVersion"))) {
                into.childForUpdate(name).rule = MergeRule.WHOLE_LIST;
            } else if (types.contains("object") && schema.has("properties")) {
                walk(schema.get("properties"), into.childForUpdate(name), chain);
            } else if (types.contains("array") && schema.has("items")) {
                JsonNode items = resolve(schema.get("items"), chain);
                List<String> itemTypes = types(items);
                if (itemTypes.stream().anyMatch(type -> !type.equals("object"))) {
                    into.childForUpdate(name).rule = MergeRule.WHOLE_LIST;
                } else if (itemTypes.contains("object") && items.has("properties")) {
                    if (items.get("properties").has("id")) {
                        walk(items.get("properties"), into.childForUpdate(name), chain);
                    } else {
                        into.childForUpdate(name).rule = MergeRule.WHOLE_LIST;
                    }
                }
            }
        }
    }

    /**
     * Follows {@code $ref}s to their target. A {@code $ref} already followed on the way here (a
     * cycle) resolves to an empty schema, as a dereferencer that stops at cycles leaves it.
     */
    private JsonNode resolve(JsonNode schema, Set<String> refChain) {
        JsonNode resolved = schema;
        while (resolved.path("$ref").isString()) {
            String ref = resolved.get("$ref").stringValue();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException(
                        "$ref " + ref + " is not local to the schema: " + "give a dereferenced schema");
            }
            if (!refChain.add(ref)) {
                return MissingNode.getInstance();
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + ref + " points at nothing in the schema");
            }
            resolved = target;
        }
        return resolved;
    }

    private static boolean mergeStrategy(JsonNode schema, String strategy) {
        return strategy.equals(schema.path("mergeStrategy").asString(""));
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isString()) {
            types.add(type.stringValue());
        } else {
            type.forEach(each -> types.add(each.asString("")));
        }
        return types;
    }
}
