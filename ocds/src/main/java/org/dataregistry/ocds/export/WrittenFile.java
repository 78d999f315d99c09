package org.dataregistry.ocds.export;

/**
 * One file an export wrote.
 *
 * @param name              the file name, e.g. {@code 2020.jsonl.gz}
 * @param lines             the compiled releases in it, one a line
 * @param uncompressedBytes the size of its JSON Lines
 * @param bytes             its size on disk (gzip)
 */
public record WrittenFile(String name, long lines, long uncompressedBytes, long bytes) {}
