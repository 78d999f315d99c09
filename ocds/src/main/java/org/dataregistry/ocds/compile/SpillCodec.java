package org.dataregistry.ocds.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dataregistry.ocds.OcdsJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compact binary form of JSON trees, for {@link OcidSorter}'s temporary files: writing and
 * reading it back is several times cheaper than JSON text, which must be tokenized and its names
 * looked up. It keeps node types exactly (an int stays an int, {@code 1.50} stays a decimal of
 * scale 2), so the trees read back are equal to those written.
 *
 * <p>A field name is written once per tree, then referred to by its number: releases repeat
 * a few dozen names thousands of times, and reading shares one string per name (whose hash code
 * is computed once) instead of making one per field.
 */
final class SpillCodec {

    private static final byte OBJECT = 0;
    private static final byte ARRAY = 1;
    private static final byte STRING = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DECIMAL = 5;
    private static final byte BIG_INTEGER = 6;
    private static final byte TRUE = 7;
    private static final byte FALSE = 8;
    private static final byte NULL = 9;
    private static final byte OTHER_AS_JSON = 10;
    private static final byte SMALL_DECIMAL = 11;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpillCodec() {
    }

    /** The binary form of a tree. */
    static byte[] encode(JsonNode tree) {
        Output out = new Output();
        write(out, tree);
        return out.toByteArray();
    }

    /** The tree of a binary form. */
    static ObjectNode decodeObject(byte[] bytes) {
        return (ObjectNode) new Input(bytes).read();
    }

    private static void write(Output out, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeByte(OBJECT);
                out.writeVarInt(node.size());
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    out.writeName(member.getKey());
                    write(out, member.getValue());
                }
            }
            case ARRAY -> {
                out.writeByte(ARRAY);
                out.writeVarInt(node.size());
                for (JsonNode element : node) {
                    write(out, element);
                }
            }
            case STRING -> {
                out.writeByte(STRING);
                out.writeString(node.stringValue());
            }
            case BOOLEAN -> out.writeByte(node.booleanValue() ? TRUE : FALSE);
            case NULL -> out.writeByte(NULL);
            case NUMBER -> writeNumber(out, node);
            default -> writeAsJson(out, node);
        }
    }

    private static void writeNumber(Output out, JsonNode node) {
        if (node.isInt()) {
            out.writeByte(INT);
            out.writeLong(node.intValue());
        } else if (node.isLong()) {
            out.writeByte(LONG);
            out.writeLong(node.longValue());
        } else if (node.isBigDecimal()) {
            BigDecimal decimal = node.decimalValue();
            BigInteger unscaled = decimal.unscaledValue();
            out.writeByte(unscaled.bitLength() < Long.SIZE ? SMALL_DECIMAL : DECIMAL);
            out.writeVarInt(decimal.scale());
            if (unscaled.bitLength() < Long.SIZE) {
                out.writeLong(unscaled.longValue());
            } else {
                out.writeString(unscaled.toString());
            }
        } else if (node.isBigInteger()) {
            out.writeByte(BIG_INTEGER);
            out.writeString(node.bigIntegerValue().toString());
        } else {
            writeAsJson(out, node);
        }
    }

    private static void writeAsJson(Output out, JsonNode node) {
        out.writeByte(OTHER_AS_JSON);
        out.writeString(OcdsJson.mapper().writeValueAsString(node));
    }

    /** A growing byte array. */
    private static final class Output {

        private final Map<String, Integer> names = new HashMap<>();
        private byte[] bytes = new byte[4096];
        private int length;

        /** A new name as its number's complement (negative) then its text; a known one as its number. */
        void writeName(String name) {
            Integer number = names.putIfAbsent(name, names.size());
            if (number != null) {
                writeVarInt(number);
            } else {
                writeVarInt(-1 - (names.size() - 1));
                writeString(name);
            }
        }

        void writeByte(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        /** Zigzag-free variable length: the scale and sizes are never large negatives. */
        void writeVarInt(int value) {
            writeLong(value);
        }

        void writeLong(long value) {
            long zigzag = (value << 1) ^ (value >> 63);
            ensure(10);
            while ((zigzag & ~0x7FL) != 0) {
                bytes[length++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            bytes[length++] = (byte) zigzag;
        }

        void writeString(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            writeVarInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Reads a binary form. */
    private static final class Input {

        private final byte[] bytes;
        private final List<String> names = new ArrayList<>();
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        JsonNode read() {
            byte tag = bytes[position++];
            return switch (tag) {
                case OBJECT -> {
                    int size = readVarInt();
                    Map<String, JsonNode> members = new LinkedHashMap<>(Math.max(4, (int) (size / 0.75f) + 1));
                    for (int i = 0; i < size; i++) {
                        String name = readName();
                        members.put(name, read());
                    }
                    yield new ObjectNode(NODES, members);
                }
                case ARRAY -> {
                    int size = readVarInt();
                    ArrayNode array = NODES.arrayNode(size);
                    for (int i = 0; i < size; i++) {
                        array.add(read());
                    }
                    yield array;
                }
                case STRING -> NODES.stringNode(readString());
                case INT -> NODES.numberNode((int) readLong());
                case LONG -> NODES.numberNode(readLong());
                case DECIMAL -> {
                    int scale = readVarInt();
                    yield NODES.numberNode(new BigDecimal(new BigInteger(readString()), scale));
                }
                case SMALL_DECIMAL -> {
                    int scale = readVarInt();
                    yield NODES.numberNode(BigDecimal.valueOf(readLong(), scale));
                }
                case BIG_INTEGER -> NODES.numberNode(new BigInteger(readString()));
                case TRUE -> NODES.booleanNode(true);
                case FALSE -> NODES.booleanNode(false);
                case NULL -> NODES.nullNode();
                case OTHER_AS_JSON -> OcdsJson.mapper().readTree(readString());
                default -> throw new IllegalStateException("corrupt temporary data: tag " + tag);
            };
        }

        private int readVarInt() {
            return (int) readLong();
        }

        private String readName() {
            int number = readVarInt();
            if (number >= 0) {
                return names.get(number);
            }
            String name = readString();
            names.add(name);
            return name;
        }

        private long readLong() {
            long zigzag = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[position++];
                zigzag |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        private String readString() {
            int length = readVarInt();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }
    }
}
