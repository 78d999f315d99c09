package org.dataregistry.ocds.read;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The metadata of a release or record package: every field of the package except its
 * {@code releases} or {@code records}. String fields are {@code null} when absent or not strings.
 *
 * @param type              release package, record package, or none (a bare release or record)
 * @param uri               {@code uri}
 * @param publishedDate     {@code publishedDate}
 * @param publisher         {@code publisher} (an object with {@code name}, {@code scheme}, ...), or {@code null}
 * @param license           {@code license}
 * @param publicationPolicy {@code publicationPolicy}
 * @param extensions        the string entries of {@code extensions} (extension.json URLs); empty if absent
 * @param version           {@code version} as published; {@code null} if absent (which OCDS reads as 1.0)
 * @param position          where the package starts
 */
public record PackageMetadata(
        PackageType type,
        String uri,
        String publishedDate,
        JsonNode publisher,
        String license,
        String publicationPolicy,
        List<String> extensions,
        String version,
        SourcePosition position) {

    public PackageMetadata {
        extensions = List.copyOf(extensions);
    }

    /** The metadata of a bare release or record, which has no package. */
    public static PackageMetadata none(SourcePosition position) {
        return new PackageMetadata(PackageType.NONE, null, null, null, null, null, List.of(), null, position);
    }

    /** Reads the metadata fields from the non-array members of a package. */
    static PackageMetadata of(PackageType type, ObjectNode members, SourcePosition position) {
        List<String> extensions = new ArrayList<>();
        JsonNode declared = members.get("extensions");
        if (declared != null && declared.isArray()) {
            for (JsonNode extension : declared) {
                if (extension.isString()) {
                    extensions.add(extension.stringValue());
                }
            }
        }
        JsonNode publisher = members.get("publisher");
        return new PackageMetadata(
                type,
                string(members, "uri"),
                string(members, "publishedDate"),
                publisher == null || publisher.isNull() ? null : publisher,
                string(members, "license"),
                string(members, "publicationPolicy"),
                extensions,
                string(members, "version"),
                position);
    }

    /** The OCDS version the package declares; a package without {@code version} is OCDS 1.0. */
    public String ocdsVersion() {
        return version == null ? "1.0" : version;
    }

    private static String string(ObjectNode members, String field) {
        JsonNode value = members.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
