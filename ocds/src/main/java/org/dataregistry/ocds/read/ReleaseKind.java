package org.dataregistry.ocds.read;

/** What a {@link ReleaseItem} holds. */
public enum ReleaseKind {
    /** A full release: from a release package, embedded in a record, or a bare release. */
    RELEASE,
    /**
     * A linked release in a record: only a {@code url}, a {@code date} and maybe a {@code tag},
     * pointing at a release published elsewhere. It cannot be merged; its presence tells the
     * compiler that the record's embedded releases are incomplete.
     */
    LINKED_RELEASE,
    /** The {@code compiledRelease} of a record, compiled by the publisher. */
    COMPILED_RELEASE
}
