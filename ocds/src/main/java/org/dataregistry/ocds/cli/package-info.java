/**
 * The command line, {@code java -jar ocds/target/ocds.jar <command>}
 * ({@link org.dataregistry.ocds.cli.OcdsCommand}):
 * <ul>
 *   <li>{@code compile [--versioned] [--schema FILE] [FILE...]}: releases (packages, records,
 *       JSON Lines; plain, .gz, .zip; any order) to one compiled or versioned release per OCID on
 *       standard output, in OCID order; sorting spills to temporary files beyond
 *       {@code --sort-memory-mb} (default: 1/8 of the heap, at most 256 MB);</li>
 *   <li>{@code export --output-dir DIR [FILE...]}: compiled releases (JSON Lines) to
 *       {@code full}, year and {@code undated} {@code .jsonl.gz} files;</li>
 *   <li>{@code flatten --output-dir DIR [--no-xlsx] FILE...}: each file to
 *       {@code <stem>.csv.tar.gz} and {@code <stem>.xlsx};</li>
 *   <li>{@code coverage [FILE...]}: coverage statistics as one JSON object on standard output.</li>
 * </ul>
 * Files given as {@code -}, or none, mean standard input.
 *
 * <p>Exit codes: 0 on success; 1 when an input cannot be read or an output written, with one
 * line on standard error naming the file and position (no stack trace); 2 for a bad command line.
 * Warnings (skipped input, OCIDs that cannot be compiled) go to standard error without failing.
 */
package org.dataregistry.ocds.cli;
