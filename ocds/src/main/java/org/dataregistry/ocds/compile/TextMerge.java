package org.dataregistry.ocds.compile;

import java.util.Map;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Merges releases held as JSON text, in date order, into {@link MergedPaths} for a compiled
 * release, reading each text once, token by token, without building the release's tree: only the
 * values that become leaves are built. It merges exactly as {@link TreeMerge} does for the
 * release's tree, and gives up with {@link NotStreamable} where one pass over the text cannot
 * tell what the tree would hold: an array whose first item is an object but a later one is not
 * (so the whole array is one value), or a repeated field name in an object (the tree keeps only
 * the last value). Such releases are rare; the caller then merges the OCID's trees instead.
 *
 * <p>Keeps only the latest values: versioned releases are merged from trees.
 */
final class TextMerge {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MergedPaths paths;
    private final RuleNode rules;
    private byte[] json;
    private JsonParser parser;
    private int releaseIndex;
    /** Numbers the objects walked, to tell a field repeated within one object from the same field in another. */
    private int objectSerial;

    private JsonNode ocid;
    private JsonNode date;

    TextMerge(MergedPaths paths, RuleNode rules) {
        this.paths = paths;
        this.rules = rules;
    }

    /**
     * Merges the next release.
     *
     * @param release    one JSON object in UTF-8
     * @param inputIndex the release's index in the merger's input, for errors
     * @throws NotStreamable if the release must be merged from its tree
     * @throws MergeException if it cannot be merged
     */
    void add(byte[] release, int inputIndex) {
        json = release;
        releaseIndex = inputIndex;
        ocid = null;
        date = null;
        try (JsonParser releaseParser = OcdsJson.mapper().createParser(release)) {
            parser = releaseParser;
            parser.nextToken();
            int serial = ++objectSerial;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "ocid" -> ocid = value();
                    case "date" -> date = value();
                    case "id", "tag" -> parser.skipChildren();
                    default -> addMember(paths.root, rules, name, value, serial);
                }
            }
        }
    }

    /** The last release's top-level {@code ocid}, or {@code null} if it had none. */
    JsonNode ocid() {
        return ocid;
    }

    /** The last release's top-level {@code date}, or {@code null} if it had none. */
    JsonNode date() {
        return date;
    }

    /** Merges the member {@code field} of the object at {@code parent}, its value's first token just read. */
    private void addMember(MergeNode parent, RuleNode parentRules, String field, JsonToken value, int objectSerial) {
        RuleNode fieldRules = parentRules.child(field);
        if (fieldRules.rule == MergeRule.OMIT) {
            parser.skipChildren();
            return;
        }
        MergeNode node = parent.field(field);
        if (node.lastObjectSerial == objectSerial) {
            throw NotStreamable.INSTANCE;
        }
        node.lastObjectSerial = objectSerial;
        if (fieldRules.rule == MergeRule.WHOLE_LIST) {
            assign(node, value());
        } else if (value == JsonToken.START_OBJECT) {
            addObject(node, fieldRules);
        } else if (value == JsonToken.START_ARRAY) {
            addArray(node, fieldRules);
        } else {
            assign(node, value());
        }
    }

    /** Merges the members of the object just started; an empty object changes nothing. */
    private void addObject(MergeNode node, RuleNode nodeRules) {
        int serial = ++objectSerial;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            addMember(node, nodeRules, name, parser.nextToken(), serial);
        }
    }

    /**
     * The array just started: empty, it changes nothing; starting with an object, its objects are
     * merged by identifier; else it is one value.
     */
    private void addArray(MergeNode array, RuleNode arrayRules) {
        JsonToken item = parser.nextToken();
        if (item == JsonToken.END_ARRAY) {
            return;
        }
        if (item != JsonToken.START_OBJECT) {
            assign(array, restOfArray(item));
            return;
        }
        Map<ElementKey, Integer> idsSeen = MergedPaths.idsSeen();
        int index = 0;
        do {
            if (item != JsonToken.START_OBJECT) {
                throw NotStreamable.INSTANCE;
            }
            addElement(array, arrayRules, index++, idsSeen);
        } while ((item = parser.nextToken()) != JsonToken.END_ARRAY);
    }

    /** Merges the array's object just started into the object with its key. */
    private void addElement(MergeNode array, RuleNode arrayRules, int index, Map<ElementKey, Integer> idsSeen) {
        long start = parser.currentTokenLocation().getByteOffset();
        if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
            paths.element(array, arrayRules, null, index, idsSeen, releaseIndex);
            return;
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        JsonNode id = name.equals("id") ? value() : idAhead(start);
        MergeNode element = paths.element(array, arrayRules, id, index, idsSeen, releaseIndex);
        int serial = ++objectSerial;
        if (name.equals("id")) {
            addId(element, arrayRules, id, serial);
        } else {
            addMember(element, arrayRules, name, value, serial);
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            name = parser.currentName();
            value = parser.nextToken();
            if (name.equals("id")) {
                addId(element, arrayRules, value(), serial);
            } else {
                addMember(element, arrayRules, name, value, serial);
            }
        }
    }

    /** Merges an array object's {@code id}, already read (an {@code id} is a literal, else the key was refused). */
    private void addId(MergeNode element, RuleNode elementRules, JsonNode id, int objectSerial) {
        if (elementRules.child("id").rule == MergeRule.OMIT) {
            return;
        }
        MergeNode node = element.field("id");
        if (node.lastObjectSerial == objectSerial) {
            throw NotStreamable.INSTANCE;
        }
        node.lastObjectSerial = objectSerial;
        assign(node, id);
    }

    /** The {@code id} of the object starting at {@code offset}, read ahead with a parser of its own. */
    private JsonNode idAhead(long offset) {
        JsonNode id = null;
        try (JsonParser ahead = OcdsJson.mapper().createParser(json, (int) offset, json.length - (int) offset)) {
            ahead.nextToken();
            while (ahead.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean isId = ahead.currentName().equals("id");
                ahead.nextToken();
                if (isId) {
                    id = OcdsJson.valueReader().readTree(ahead);
                } else {
                    ahead.skipChildren();
                }
            }
        }
        return id;
    }

    /** The rest of an array merged whole, whose first item's token was just read. */
    private ArrayNode restOfArray(JsonToken first) {
        ArrayNode array = NODES.arrayNode();
        JsonToken item = first;
        do {
            array.add(value(item));
        } while ((item = parser.nextToken()) != JsonToken.END_ARRAY);
        return array;
    }

    private JsonNode value() {
        return value(parser.currentToken());
    }

    /** The value whose first token was just read, as the release's tree holds it. */
    private JsonNode value(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            default -> OcdsJson.valueReader().readTree(parser);
        };
    }

    private void assign(MergeNode path, JsonNode value) {
        paths.leaf(path).value = value;
    }

    /** The release needs its tree to be merged as ocdsmerge would. */
    static final class NotStreamable extends RuntimeException {

        static final NotStreamable INSTANCE = new NotStreamable();

        private NotStreamable() {
            super("the release must be merged from its tree", null, false, false);
        }
    }
}
