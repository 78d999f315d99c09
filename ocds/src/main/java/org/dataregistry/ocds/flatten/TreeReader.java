package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one JSON value from a parser into a light tree: {@link OrderedObject}, {@link List},
 * {@link String}, {@link JsonNumber}, {@link Boolean} or {@link JsonNull}.
 */
final class TreeReader {

    private TreeReader() {}

    /** Reads the value that starts at the parser's current token. */
    static Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getString());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> JsonNull.NULL;
            default -> throw new IllegalStateException("unexpected " + token);
        };
    }

    private static OrderedObject readObject(JsonParser parser) {
        OrderedObject object = new OrderedObject();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            object.put(key, read(parser));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser) {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }
}
