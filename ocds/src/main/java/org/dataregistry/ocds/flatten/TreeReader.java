package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one JSON value from a parser into a light tree: {@link OrderedObject}, {@link List},
 * {@link String}, {@link JsonNumber}, {@link Boolean} or {@link JsonNull}.
 *
 * <p>A reader of {@linkplain #shapeOnly() shape only} gives every string as {@link #SOME_STRING}
 * and every number as {@link #SOME_NUMBER} without decoding them: enough to find the tables and
 * columns, which depend on the structure and the types but not on the values.
 */
final class TreeReader {

    /** Any string, when reading shape only. */
    static final String SOME_STRING = "";

    /** Any number, when reading shape only. */
    static final JsonNumber SOME_NUMBER = new JsonNumber("0");

    private final boolean values;

    private TreeReader(boolean values) {
        this.values = values;
    }

    /** A reader of whole values. */
    static TreeReader whole() {
        return new TreeReader(true);
    }

    /** A reader of structure and types, without the text of strings and numbers. */
    static TreeReader shapeOnly() {
        return new TreeReader(false);
    }

    /** Reads the value that starts at the parser's current token. */
    Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> values ? parser.getString() : SOME_STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values ? new JsonNumber(parser.getString()) : SOME_NUMBER;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> JsonNull.NULL;
            default -> throw new IllegalStateException("unexpected " + token);
        };
    }

    private OrderedObject readObject(JsonParser parser) {
        OrderedObject object = new OrderedObject();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            object.put(key, read(parser));
        }
        return object;
    }

    private List<Object> readArray(JsonParser parser) {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }
}
