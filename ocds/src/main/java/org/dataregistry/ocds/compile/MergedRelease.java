package org.dataregistry.ocds.compile;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of merging an OCID's releases. The merged releases share nodes with the input
 * releases: treat both as read-only, or {@code deepCopy()} before changing either.
 *
 * @param compiledRelease  the compiled release, or {@code null} if not requested
 * @param versionedRelease the versioned release, or {@code null} if not requested
 * @param warnings         what was dubious, in the order met
 */
public record MergedRelease(ObjectNode compiledRelease, ObjectNode versionedRelease, List<MergeWarning> warnings) {

    public MergedRelease {
        warnings = List.copyOf(warnings);
    }
}
