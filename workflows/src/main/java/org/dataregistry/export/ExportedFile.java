package org.dataregistry.export;

/**
 * A published file.
 *
 * @param name e.g. {@code full.jsonl.gz}, {@code 2020.jsonl.gz}, {@code undated.jsonl.gz}
 * @param lines compiled releases in it
 * @param bytes its size on disk
 */
public record ExportedFile(String name, long lines, long bytes) {}
