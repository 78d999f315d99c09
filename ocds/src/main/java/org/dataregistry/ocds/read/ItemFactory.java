package org.dataregistry.ocds.read;

import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a release or a record read from the input into items, or into notes when it cannot be
 * attributed to an OCID.
 */
final class ItemFactory {

    /** A linked release has a {@code url}, a {@code date} and maybe a {@code tag}: a few members at most. */
    private static final int LINKED_RELEASE_MAX_MEMBERS = 4;

    private final ReadListener listener;

    ItemFactory(ReadListener listener) {
        this.listener = listener;
    }

    /** A release from a release package, or a bare release: skipped with a note if it has no OCID. */
    void fromRelease(ObjectNode release, PackageMetadata metadata, SourcePosition at, Collection<ReleaseItem> out) {
        String ocid = ocid(release);
        if (ocid == null) {
            listener.skippedWithoutOcid(new ReadNote(at, "release has no \"ocid\" string: skipped"));
            return;
        }
        out.add(new ReleaseItem(ocid, release, ReleaseKind.RELEASE, metadata, at));
    }

    /** A release held as JSON text, with its {@code ocid} and {@code date} strings read from it ({@code null} if none). */
    void fromReleaseJson(
            String ocid,
            String date,
            byte[] json,
            PackageMetadata metadata,
            SourcePosition at,
            Collection<ReleaseItem> out) {
        if (ocid == null || ocid.isEmpty()) {
            listener.skippedWithoutOcid(new ReadNote(at, "release has no \"ocid\" string: skipped"));
            return;
        }
        out.add(ReleaseItem.ofJson(ocid, date, json, ReleaseKind.RELEASE, metadata, at));
    }

    /**
     * A record: its embedded and linked releases and its compiled release, in that order. Releases
     * without their own {@code ocid} take the record's.
     */
    void fromRecord(ObjectNode record, PackageMetadata metadata, SourcePosition at, Collection<ReleaseItem> out) {
        String ocid = ocid(record);
        if (ocid == null) {
            listener.skippedWithoutOcid(new ReadNote(at, "record has no \"ocid\" string: skipped"));
            return;
        }
        int before = out.size();
        JsonNode releases = record.get("releases");
        if (releases != null && releases.isArray()) {
            for (JsonNode release : releases) {
                if (release instanceof ObjectNode object) {
                    ReleaseKind kind = isLinked(object) ? ReleaseKind.LINKED_RELEASE : ReleaseKind.RELEASE;
                    out.add(new ReleaseItem(ocidOr(object, ocid), object, kind, metadata, at));
                } else {
                    listener.note(
                            new ReadNote(at, "record " + ocid + " has a release that is not an object: " + "skipped"));
                }
            }
        }
        if (record.get("compiledRelease") instanceof ObjectNode compiled) {
            out.add(new ReleaseItem(ocidOr(compiled, ocid), compiled, ReleaseKind.COMPILED_RELEASE, metadata, at));
        }
        if (out.size() == before) {
            listener.note(
                    new ReadNote(at, "record " + ocid + " has neither releases nor a compiledRelease: " + "skipped"));
        }
    }

    private static boolean isLinked(ObjectNode release) {
        return release.has("url") && release.size() <= LINKED_RELEASE_MAX_MEMBERS && !release.has("ocid");
    }

    private static String ocidOr(ObjectNode release, String fallback) {
        String own = ocid(release);
        return own == null ? fallback : own;
    }

    private static String ocid(ObjectNode node) {
        JsonNode ocid = node.get("ocid");
        return ocid != null && ocid.isString() && !ocid.stringValue().isEmpty() ? ocid.stringValue() : null;
    }
}
