package org.dataregistry.ocds.read;

/** The kind of package an item was read from. */
public enum PackageType {
    /** An object with a {@code releases} array. */
    RELEASE_PACKAGE,
    /** An object with a {@code records} array. */
    RECORD_PACKAGE,
    /** No package: a bare release or record. */
    NONE
}
