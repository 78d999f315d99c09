package org.dataregistry.ocds.read;

import java.util.ArrayDeque;
import java.util.Deque;

import org.dataregistry.ocds.OcdsJson;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pulls release items out of one JSON text, token by token, holding at most one release (or one
 * record) in memory.
 *
 * <p>The text is a sequence of top-level values (one value, JSON Lines, or concatenated JSON).
 * Each value is an object or an array of objects. An object is a release package when it has a
 * {@code releases} array and no {@code ocid} before it, a record package when it has a
 * {@code records} array, a record when it has an {@code ocid} and {@code releases} or
 * {@code compiledRelease}, and a release when it has any other {@code ocid}. Package arrays are
 * streamed; package metadata is what comes before them (and, complete, at the package's end).
 */
final class DocumentParser {

    /** Reads one value in the middle of the text: what follows it is the rest of the text, not an error. */
    private static final ObjectReader VALUE_READER = OcdsJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonParser parser;
    private final String source;
    private final ReadListener listener;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<ReleaseItem> pending = new ArrayDeque<>();
    private final ItemFactory items;

    DocumentParser(JsonParser parser, String source, ReadListener listener) {
        this.parser = parser;
        this.source = source;
        this.listener = listener;
        this.items = new ItemFactory(listener);
    }

    /** The next item, or {@code null} at the end of the text. */
    ReleaseItem next() {
        while (pending.isEmpty()) {
            Frame frame = frames.peek();
            boolean more = frame == null ? stepTopLevel() : frame.step();
            if (!more) {
                return null;
            }
        }
        return pending.poll();
    }

    /** The position of the current token, for errors. */
    SourcePosition position() {
        return position(parser.currentLocation());
    }

    private boolean stepTopLevel() {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        startValue(token);
        return true;
    }

    /** Handles a value where a package, release or record is expected. */
    private void startValue(JsonToken token) {
        SourcePosition at = tokenPosition();
        if (token == JsonToken.START_OBJECT) {
            frames.push(new ObjectFrame(at));
        } else if (token == JsonToken.START_ARRAY && frames.isEmpty()) {
            frames.push(new TopLevelArray());
        } else {
            parser.skipChildren();
            listener.note(new ReadNote(at, describe(token) + " is not a package, release or record: skipped"));
        }
    }

    private SourcePosition tokenPosition() {
        return position(parser.currentTokenLocation());
    }

    private SourcePosition position(TokenStreamLocation location) {
        return new SourcePosition(source, location.getLineNr(), location.getColumnNr());
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a nested array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token;
        };
    }

    private JsonNode readValue() {
        return VALUE_READER.readTree(parser);
    }

    /** A level of nesting that knows how to consume its next token. */
    private interface Frame {
        /** Consumes input; false only at the end of the text. */
        boolean step();
    }

    /** A top-level array: of packages, releases or records. */
    private final class TopLevelArray implements Frame {
        @Override
        public boolean step() {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                frames.pop();
            } else {
                startValue(token);
            }
            return true;
        }
    }

    /** An object whose kind is known only once its {@code releases}/{@code records} or its end is reached. */
    private final class ObjectFrame implements Frame {

        private final SourcePosition start;
        private final ObjectNode members = OcdsJson.mapper().createObjectNode();
        private PackageType packageType;
        private long itemCount;

        ObjectFrame(SourcePosition start) {
            this.start = start;
        }

        @Override
        public boolean step() {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                frames.pop();
                finish();
                return true;
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            PackageType streamed = streamedArray(name, value);
            if (streamed != null) {
                packageType = streamed;
                frames.push(new PackageArray(this, PackageMetadata.of(streamed, members, start)));
            } else {
                members.set(name, readValue());
            }
            return true;
        }

        /** Which package array this member starts, if it is one to stream. */
        private PackageType streamedArray(String name, JsonToken value) {
            if (value != JsonToken.START_ARRAY || packageType != null) {
                return null;
            }
            if (name.equals("records")) {
                return PackageType.RECORD_PACKAGE;
            }
            // A record's own releases are bounded by one OCID: they are read with the record.
            if (name.equals("releases") && !members.has("ocid")) {
                return PackageType.RELEASE_PACKAGE;
            }
            return null;
        }

        private void finish() {
            if (members.has("ocid")) {
                if (members.has("releases") || members.has("compiledRelease") || packageType != null) {
                    items.fromRecord(members, PackageMetadata.none(start), start, pending);
                } else {
                    items.fromRelease(members, PackageMetadata.none(start), start, pending);
                }
            } else if (packageType != null) {
                PackageMetadata metadata = PackageMetadata.of(packageType, members, start);
                if (itemCount == 0) {
                    listener.note(new ReadNote(start, "package has no "
                            + (packageType == PackageType.RECORD_PACKAGE ? "records" : "releases")));
                }
                listener.packageRead(metadata, itemCount);
            } else if (members.has("releases") || members.has("records") || members.has("publisher")
                    || members.has("uri")) {
                listener.note(new ReadNote(start, "package has no releases or records array: skipped"));
            } else {
                listener.note(new ReadNote(start, "object is neither a package, a release (no \"ocid\") nor a "
                        + "record: skipped"));
            }
        }
    }

    /** The {@code releases} or {@code records} array of a package, streamed element by element. */
    private final class PackageArray implements Frame {

        private final ObjectFrame owner;
        private final PackageMetadata metadata;

        PackageArray(ObjectFrame owner, PackageMetadata metadata) {
            this.owner = owner;
            this.metadata = metadata;
        }

        @Override
        public boolean step() {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                frames.pop();
                return true;
            }
            SourcePosition at = tokenPosition();
            boolean records = metadata.type() == PackageType.RECORD_PACKAGE;
            String element = records ? "record" : "release";
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                listener.note(new ReadNote(at, "a " + element + " must be an object, not " + describe(token)
                        + ": skipped"));
                return true;
            }
            ObjectNode node = (ObjectNode) readValue();
            int before = pending.size();
            if (records) {
                items.fromRecord(node, metadata, at, pending);
            } else {
                items.fromRelease(node, metadata, at, pending);
            }
            owner.itemCount += pending.size() - before;
            return true;
        }
    }
}
