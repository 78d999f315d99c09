/**
 * Exporting compiled releases as the Data Registry publishes them:
 * {@link org.dataregistry.ocds.export.ReleaseExporter}.
 *
 * <p>Decisions, for callers:
 * <ul>
 *   <li><b>Files</b>: {@code full.jsonl.gz} gets every release; {@code <year>.jsonl.gz} or
 *       {@code undated.jsonl.gz} gets it too, by the Data Registry's year rule
 *       ({@link org.dataregistry.ocds.export.ExportYear}). A file exists only if it has a line.
 *       The original's monthly files ({@code 2020_01.jsonl}) are not made: its flattener skips
 *       them and nothing publishes them.</li>
 *   <li><b>Lines</b> are written as given (already-serialized lines are not re-serialized, so a
 *       publisher's number text survives), one compiled release each, in input order.</li>
 *   <li><b>Atomic replacement</b> (beyond the original, which appends to files it deleted at the
 *       start): files are written under hidden temporary names and renamed into place when
 *       complete, so a crash leaves the previous export intact and a rerun replaces it; export
 *       files of an earlier run that this run did not write are deleted, so the directory holds
 *       one export. Temporary files of a crashed run are deleted on the next.</li>
 *   <li><b>Compression</b>: gzip's default level (6) unless told otherwise; {@code full.jsonl.gz}
 *       is compressed on a thread of its own.</li>
 * </ul>
 */
package org.dataregistry.ocds.export;
