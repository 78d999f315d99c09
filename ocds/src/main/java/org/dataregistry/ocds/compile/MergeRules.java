package org.dataregistry.ocds.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.databind.JsonNode;

/**
 * The merge rules of a release schema: which fields are omitted, which arrays are merged as whole
 * lists, and (by default) identifier merge for every other array of objects. Derived once per
 * schema, immutable, shared by any number of {@link Merger}s and threads.
 */
public final class MergeRules {

    private static final String OCDS_1_1_SCHEMA = "release-schema-1__1__4.json";
    private static final MergeRules OCDS_1_1 = load();

    private final RuleNode root;

    private MergeRules(RuleNode root) {
        this.root = root;
    }

    /** The rules of the OCDS 1.1 release schema (1.1.4, bundled). */
    public static MergeRules ocds11() {
        return OCDS_1_1;
    }

    /**
     * The rules of a release schema, e.g. OCDS 1.0 or a schema patched with extensions. Local
     * {@code $ref}s ({@code #/definitions/...}) are followed.
     *
     * @throws IllegalArgumentException if the schema is not an object or has a non-local or dangling {@code $ref}
     */
    public static MergeRules fromSchema(JsonNode schema) {
        return new MergeRules(SchemaRules.derive(schema));
    }

    /** The rules of the release schema in a JSON file. */
    public static MergeRules fromSchemaFile(Path schema) {
        return fromSchema(OcdsJson.mapper().readTree(schema));
    }

    /** These rules, with identifier merge of the array at {@code path} (field names) replaced by {@code strategy}. */
    public MergeRules withArrayStrategy(List<String> path, ArrayStrategy strategy) {
        RuleNode copy = root.copy();
        RuleNode node = copy;
        for (String field : path) {
            node = node.childForUpdate(field);
        }
        node.arrayStrategy = strategy;
        return new MergeRules(copy);
    }

    /** Every rule, by dotted field path (e.g. {@code "parties.roles"}), sorted by path. */
    public Map<String, MergeRule> asMap() {
        Map<String, MergeRule> rules = new TreeMap<>();
        collect(root, "", rules);
        return rules;
    }

    RuleNode root() {
        return root;
    }

    private static void collect(RuleNode node, String prefix, Map<String, MergeRule> rules) {
        node.children.forEach((field, child) -> {
            String path = prefix.isEmpty() ? field : prefix + "." + field;
            if (child.rule != null) {
                rules.put(path, child.rule);
            }
            collect(child, path, rules);
        });
    }

    private static MergeRules load() {
        try (InputStream in = MergeRules.class.getResourceAsStream(OCDS_1_1_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OCDS_1_1_SCHEMA);
            }
            return fromSchema(OcdsJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
