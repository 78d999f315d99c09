package org.dataregistry.ocds.read;

import java.util.Arrays;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One release read from the input, with where it came from.
 *
 * <p>The release is held either as a tree or as its JSON text exactly as published (the reader
 * keeps the text of releases it did not need to look inside, which is cheaper than building
 * trees it may only pass on): {@link #release()} and {@link #json()} give either form, converting
 * when asked. A tree built from the text is built again on each call to {@link #release()}, so
 * an item can be handed to another thread to parse there.
 */
public final class ReleaseItem {

    private final String ocid;
    private final ObjectNode tree;
    private final byte[] json;
    /** The date of a release held as text. */
    private final String jsonDate;

    private final ReleaseKind kind;
    private final PackageMetadata metadata;
    private final SourcePosition position;

    /**
     * @param ocid     the OCID to compile it under: the release's own {@code ocid}, or for a linked
     *                 release (which has none) the record's
     * @param release  the release as published; the reader never modifies it
     * @param kind     a full release, a record's linked release, or a record's compiled release
     * @param metadata the metadata of the package it was read from. Package fields that come
     *                 <em>after</em> the {@code releases}/{@code records} array in the file are not
     *                 known yet when the item is read; {@link ReadListener#packageRead} receives the
     *                 complete metadata at the end of each package
     * @param position where the release (or, for releases inside a record, the record) starts
     */
    public ReleaseItem(
            String ocid, ObjectNode release, ReleaseKind kind, PackageMetadata metadata, SourcePosition position) {
        this(ocid, release, null, null, kind, metadata, position);
    }

    private ReleaseItem(
            String ocid,
            ObjectNode tree,
            byte[] json,
            String jsonDate,
            ReleaseKind kind,
            PackageMetadata metadata,
            SourcePosition position) {
        this.ocid = ocid;
        this.tree = tree;
        this.json = json;
        this.jsonDate = jsonDate;
        this.kind = kind;
        this.metadata = metadata;
        this.position = position;
    }

    /**
     * An item whose release is held as JSON text, as for {@link #ReleaseItem the constructor}.
     *
     * @param date the release's top-level {@code date} if it is a string, else {@code null}
     * @param json one JSON object in UTF-8, which the item keeps (do not modify it)
     */
    public static ReleaseItem ofJson(
            String ocid,
            String date,
            byte[] json,
            ReleaseKind kind,
            PackageMetadata metadata,
            SourcePosition position) {
        return new ReleaseItem(ocid, null, json, date, kind, metadata, position);
    }

    public String ocid() {
        return ocid;
    }

    /** The release as a tree (parsed now if it is held as text: do not call it in a loop). */
    public ObjectNode release() {
        return tree != null ? tree : (ObjectNode) OcdsJson.mapper().readTree(json);
    }

    /** The release as JSON text in UTF-8 (serialized now if it is held as a tree); do not modify it. */
    public byte[] json() {
        return json != null ? json : OcdsJson.mapper().writeValueAsBytes(tree);
    }

    /** Whether the release is held as JSON text (so {@link #json()} costs nothing and {@link #release()} parses). */
    public boolean isText() {
        return json != null;
    }

    public ReleaseKind kind() {
        return kind;
    }

    public PackageMetadata metadata() {
        return metadata;
    }

    public SourcePosition position() {
        return position;
    }

    /** The release's {@code date} if it is a string, else {@code null}. */
    public String date() {
        if (tree == null) {
            return jsonDate;
        }
        JsonNode date = tree.get("date");
        return date != null && date.isString() ? date.stringValue() : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseItem item
                && ocid.equals(item.ocid)
                && kind == item.kind
                && metadata.equals(item.metadata)
                && position.equals(item.position)
                && (json != null && item.json != null
                        ? Arrays.equals(json, item.json)
                        : release().equals(item.release()));
    }

    @Override
    public int hashCode() {
        return ocid.hashCode() * 31 + position.hashCode();
    }

    @Override
    public String toString() {
        return "ReleaseItem[ocid=" + ocid + ", kind=" + kind + ", position=" + position + "]";
    }
}
