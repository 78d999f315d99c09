package org.dataregistry.ocds.compile;

/**
 * Overrides identifier merge for one array of objects, as {@code ocdsmerge}'s rule overrides do,
 * for publishers whose {@code id}s do not identify objects across releases.
 */
public enum ArrayStrategy {
    /** Every object of every release is appended, never merged. */
    APPEND,
    /** Objects are merged with the object at the same position in earlier releases. */
    MERGE_BY_POSITION
}
