package org.dataregistry.ocds.read;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One release read from the input, with where it came from.
 *
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
public record ReleaseItem(
        String ocid, ObjectNode release, ReleaseKind kind, PackageMetadata metadata, SourcePosition position) {

    /** The release's {@code date} if it is a string, else {@code null}. */
    public String date() {
        JsonNode date = release.get("date");
        return date != null && date.isString() ? date.stringValue() : null;
    }
}
