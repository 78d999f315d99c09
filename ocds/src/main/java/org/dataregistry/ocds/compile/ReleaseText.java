package org.dataregistry.ocds.compile;

/**
 * A release held as JSON text, for {@link Merger#compileText}.
 *
 * @param json one JSON object in UTF-8
 * @param date its top-level {@code date} if that is a string, else {@code null}
 */
record ReleaseText(byte[] json, String date) {}
