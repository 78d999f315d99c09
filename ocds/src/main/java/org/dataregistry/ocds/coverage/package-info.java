/**
 * Coverage statistics of compiled releases, as the Data Registry's coverage task computes them
 * with OCDS Cardinal: {@link org.dataregistry.ocds.coverage.CoverageCounter} gives a
 * {@link org.dataregistry.ocds.coverage.CoverageReport} with the path-to-count map, the 14 job
 * counts ({@link org.dataregistry.ocds.coverage.CoverageCounts}), the OCID count and the release
 * date range.
 *
 * <p>Decisions, for callers:
 * <ul>
 *   <li>"Non-empty" is Cardinal's, pinned by its test vectors: numbers and booleans always count,
 *       strings unless {@code ""}, {@code null} never, objects and arrays when something in them
 *       counts.</li>
 *   <li>Invalid JSON stops counting with an error naming the line (Cardinal skips the line with a
 *       warning): the input is the exporter's own output, so invalid JSON means a damaged file.</li>
 *   <li>The OCID count is {@code coverage["/ocid"]}, as the Data Registry uses it; it counts OCIDs
 *       because compiled releases have one line per OCID. Counting distinct OCIDs of arbitrary
 *       input would need memory per OCID.</li>
 *   <li>The date range follows Kingfisher Process's {@code published_from}/{@code published_to}:
 *       text comparison of the top-level {@code date}, after 1970-01-01 and not after a given
 *       last day.</li>
 * </ul>
 */
package org.dataregistry.ocds.coverage;
