package org.dataregistry.ocds.flatten;

/** JSON {@code null} in a parsed tree, distinct from an absent member. */
enum JsonNull {
    NULL
}
