package org.dataregistry.ocds.read;

import java.io.InputStream;

/**
 * One stream of JSON text to parse, with its name for messages: a plain file, the decompressed
 * content of a {@code .gz} file, or one entry of a {@code .zip} archive.
 */
record NamedInput(String name, InputStream stream) {}
