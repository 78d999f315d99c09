/**
 * Reading OCDS data as a stream of releases: {@link org.dataregistry.ocds.read.OcdsReader}.
 *
 * <p>Decisions, for callers:
 * <ul>
 *   <li><b>Formats</b> are recognised by content: gzip and zip by their magic bytes, then release
 *       packages, record packages, records and releases by their fields. Any number of top-level
 *       values may follow each other (JSON Lines, concatenated JSON), and a top-level array may
 *       hold any of them.</li>
 *   <li><b>Encoding</b>: UTF-8, with any byte that is not part of valid UTF-8 read as its
 *       ISO-8859-1 character and a {@link org.dataregistry.ocds.read.ReadNote} giving the offset of
 *       the first one. OCDS packages cannot declare an encoding, and undeclared ISO-8859-1 does
 *       occur; this reads it correctly without a second pass over the file, and loses nothing
 *       from valid UTF-8. An explicit charset in {@link org.dataregistry.ocds.read.ReadOptions}
 *       decodes strictly instead.</li>
 *   <li><b>Errors versus notes</b>: what cannot be parsed throws
 *       {@link org.dataregistry.ocds.read.OcdsReadException} naming the file (and zip entry) and
 *       line/column; well-formed values that cannot be attributed to an OCID are skipped with a
 *       note naming their position. A release without {@code date} is read; the compiler reports
 *       it if the OCID has several releases.</li>
 *   <li><b>Threads</b>: decompression runs ahead on a thread of its own; text whose values end at
 *       line ends (JSON Lines) is parsed in batches of lines on a worker per core, and any other
 *       text from the first batch that cannot be parsed alone on one thread, so the items, notes,
 *       positions and errors are the same either way. Releases are kept as their published JSON
 *       text ({@link org.dataregistry.ocds.read.ReleaseItem#isText()}), records as trees.</li>
 * </ul>
 */
package org.dataregistry.ocds.read;
