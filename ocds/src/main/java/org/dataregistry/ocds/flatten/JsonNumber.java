package org.dataregistry.ocds.flatten;

/**
 * A JSON number in a parsed tree, as its text in the input ({@code 1.50} stays {@code 1.50}).
 *
 * @param text the number as published
 */
record JsonNumber(String text) {}
