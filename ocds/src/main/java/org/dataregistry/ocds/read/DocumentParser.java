package org.dataregistry.ocds.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
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
 *
 * <p>Given the {@link RetainedBytes} under a byte parser, releases are not built into
 * trees: their members are skipped (only the top-level {@code ocid} and {@code date} are read) and their text
 * is copied out as published, which costs a fraction of building a tree; a record is still built
 * into a tree to take its releases apart. Without it (a parser reading characters), every value
 * is built into a tree.
 */
final class DocumentParser implements ItemSource {

    private final JsonParser parser;
    /** The bytes under the parser, or {@code null} to build every release into a tree. */
    private final RetainedBytes retained;

    private final String source;
    /** The lines of the source before the parser's first line. */
    private final long lineOffset;

    private final ReadListener listener;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<ReleaseItem> pending = new ArrayDeque<>();
    private final ItemFactory items;

    /**
     * @param retained   the bytes the (byte) parser reads, to copy releases' text from; {@code null} if none
     * @param lineOffset the lines of {@code source} before the parser's first line, which positions count
     */
    DocumentParser(JsonParser parser, RetainedBytes retained, String source, long lineOffset, ReadListener listener) {
        this.parser = parser;
        this.retained = retained;
        this.source = source;
        this.lineOffset = lineOffset;
        this.listener = listener;
        this.items = new ItemFactory(listener);
    }

    @Override
    public ReleaseItem next() {
        while (pending.isEmpty()) {
            Frame frame = frames.peek();
            boolean more = frame == null ? stepTopLevel() : frame.step();
            if (!more) {
                return null;
            }
        }
        return pending.poll();
    }

    /** The position of the current token. */
    @Override
    public SourcePosition position() {
        return position(parser.currentLocation());
    }

    /** Closes the parser. */
    @Override
    public void close() {
        parser.close();
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
        discardRetainedBeforeToken();
        if (token == JsonToken.START_OBJECT) {
            frames.push(new ObjectFrame(at, retained != null ? tokenOffset() : -1));
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
        return new SourcePosition(source, location.getLineNr() + lineOffset, location.getColumnNr());
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
        return OcdsJson.valueReader().readTree(parser);
    }

    /** The byte offset where the current token starts. */
    private long tokenOffset() {
        return parser.currentTokenLocation().getByteOffset();
    }

    /** The byte offset just after the current token. */
    private long offsetAfterToken() {
        return parser.currentLocation().getByteOffset();
    }

    /** Values before the current token are done with: the retained bytes stay bounded by one value. */
    private void discardRetainedBeforeToken() {
        if (retained != null) {
            retained.discardBefore(tokenOffset());
        }
    }

    /** Skips the members of the object just started, up to its end, noting its {@code ocid} and {@code date}. */
    private Identity skipObjectReadingIdentity() {
        Identity identity = new Identity();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!identity.read(name, value, parser)) {
                parser.skipChildren();
            }
        }
        return identity;
    }

    /**
     * The top-level {@code ocid} and {@code date} of a release whose other members are skipped:
     * each a string, or {@code null} if absent or not a string (the last one, if repeated, as a
     * tree would keep).
     */
    private static final class Identity {

        String ocid;
        String date;

        /** Reads the member if it is the {@code ocid} or the {@code date}, returning whether it was. */
        boolean read(String name, JsonToken value, JsonParser parser) {
            boolean isOcid = name.equals("ocid");
            if (!isOcid && !name.equals("date")) {
                return false;
            }
            String text = value == JsonToken.VALUE_STRING ? parser.getString() : null;
            parser.skipChildren();
            if (isOcid) {
                ocid = text;
            } else {
                date = text;
            }
            return true;
        }
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

    /**
     * An object whose kind is known only once its {@code releases}/{@code records} or its end is
     * reached. With retained bytes, its members are skipped (their names and a string
     * {@code ocid} noted) until it turns out to be a package, whose members before the array are
     * then parsed from the retained text.
     */
    private final class ObjectFrame implements Frame {

        private final SourcePosition start;
        /** Where the object starts in the retained bytes, or -1 while its members are built into trees. */
        private long startOffset;

        private final ObjectNode members = OcdsJson.mapper().createObjectNode();
        private final Set<String> skippedNames = new HashSet<>();
        private final Identity skippedIdentity = new Identity();
        private PackageType packageType;
        private long itemCount;

        ObjectFrame(SourcePosition start, long startOffset) {
            this.start = start;
            this.startOffset = startOffset;
        }

        @Override
        public boolean step() {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                frames.pop();
                if (startOffset >= 0) {
                    finishSkipped();
                } else {
                    finish();
                }
                return true;
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            PackageType streamed = streamedArray(name, value);
            if (streamed != null) {
                packageType = streamed;
                if (startOffset >= 0) {
                    parseSkippedMembers(name);
                }
                frames.push(new PackageArray(this, PackageMetadata.of(streamed, members, start)));
            } else if (startOffset >= 0) {
                skippedNames.add(name);
                if (!skippedIdentity.read(name, value, parser)) {
                    parser.skipChildren();
                }
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
            if (name.equals("releases") && !has("ocid")) {
                return PackageType.RELEASE_PACKAGE;
            }
            return null;
        }

        private boolean has(String name) {
            return members.has(name) || skippedNames.contains(name);
        }

        /**
         * The object is a package: builds the members skipped so far from the retained text (up to
         * the array {@code arrayName}, just started); later members are built as they come.
         */
        private void parseSkippedMembers(String arrayName) {
            byte[] head = retained.copy(startOffset, offsetAfterToken());
            try (JsonParser headParser = OcdsJson.mapper().createParser(head)) {
                headParser.nextToken();
                while (headParser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = headParser.currentName();
                    if (headParser.nextToken() == JsonToken.START_ARRAY
                            && name.equals(arrayName)
                            && headParser.currentLocation().getByteOffset() == head.length) {
                        break;
                    }
                    members.set(name, OcdsJson.valueReader().readTree(headParser));
                }
            }
            startOffset = -1;
            skippedNames.clear();
        }

        /** The end of an object whose members were skipped: a release, a record or neither. */
        private void finishSkipped() {
            if (skippedNames.contains("ocid")) {
                byte[] json = retained.copy(startOffset, offsetAfterToken());
                if (skippedNames.contains("releases") || skippedNames.contains("compiledRelease")) {
                    items.fromRecord(
                            (ObjectNode) OcdsJson.mapper().readTree(json), PackageMetadata.none(start), start, pending);
                } else {
                    items.fromReleaseJson(
                            skippedIdentity.ocid,
                            skippedIdentity.date,
                            json,
                            PackageMetadata.none(start),
                            start,
                            pending);
                }
            } else {
                noteNeither();
            }
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
                    listener.note(new ReadNote(
                            start,
                            "package has no " + (packageType == PackageType.RECORD_PACKAGE ? "records" : "releases")));
                }
                listener.packageRead(metadata, itemCount);
            } else {
                noteNeither();
            }
        }

        private void noteNeither() {
            if (has("releases") || has("records") || has("publisher") || has("uri")) {
                listener.note(new ReadNote(start, "package has no releases or records array: skipped"));
            } else {
                listener.note(new ReadNote(
                        start, "object is neither a package, a release (no \"ocid\") nor a " + "record: skipped"));
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
                listener.note(
                        new ReadNote(at, "a " + element + " must be an object, not " + describe(token) + ": skipped"));
                return true;
            }
            discardRetainedBeforeToken();
            int before = pending.size();
            if (records) {
                items.fromRecord((ObjectNode) readValue(), metadata, at, pending);
            } else if (retained != null) {
                long start = tokenOffset();
                Identity identity = skipObjectReadingIdentity();
                items.fromReleaseJson(
                        identity.ocid, identity.date, retained.copy(start, offsetAfterToken()), metadata, at, pending);
            } else {
                items.fromRelease((ObjectNode) readValue(), metadata, at, pending);
            }
            owner.itemCount += pending.size() - before;
            return true;
        }
    }
}
