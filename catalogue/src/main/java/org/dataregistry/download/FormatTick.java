package org.dataregistry.download;

/**
 * Whether a publication has a format's files by year, as search results and publication pages tick formats (the
 * original's rule: a full file alone does not tick its format).
 */
public record FormatTick(FileFormat format, boolean available) {}
