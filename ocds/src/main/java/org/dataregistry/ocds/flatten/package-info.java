/**
 * Flattening compiled releases into CSV tables and an XLSX, as the Data Registry publishes them
 * with flatterer ({@code pushdown=["ocid", "id"]}, {@code no_link=True}):
 * {@link org.dataregistry.ocds.flatten.Flattener}.
 *
 * <p>What matches flatterer, and how it was checked:
 * <ul>
 *   <li><b>Tables and columns</b> ({@link org.dataregistry.ocds.flatten.RowFlattener}): main
 *       table {@code main}; nested members joined by {@code _}; one table per array of objects,
 *       named by its path without indexes; string lists in one CSV-encoded cell; other arrays as
 *       JSON; empty arrays dropped; {@code <table>_ocid}/{@code <table>_id} of the enclosing
 *       objects after a child row's own columns, when not null; no {@code _link} columns.</li>
 *   <li><b>Column order</b>: order of first appearance of each row's columns, where a row's order
 *       is flatterer's own, including the reordering caused by serde_json's swap-remove when
 *       arrays and nested objects are taken out
 *       ({@link org.dataregistry.ocds.flatten.OrderedObject}); libflatterer's snapshot
 *       {@code basic.jl-nolink-pushdown} is reproduced in the tests.</li>
 *   <li><b>Table order</b>: sheets in order of first appearance (a release's arrays before its
 *       nested objects, {@code main} first); CSV files in the archive sorted by file name, as
 *       Python's {@code tarfile.add} writes a directory.</li>
 *   <li><b>CSV dialect</b> ({@link org.dataregistry.ocds.flatten.CsvFormat}): Rust's {@code csv}
 *       defaults, {@code \n} line ends; the Data Registry's {@code 2000/main.csv} is reproduced
 *       but for its {@code _link} column.</li>
 *   <li><b>XLSX</b>: sheet names cut by flatterer's rule ({@link org.dataregistry.ocds.flatten.SheetNames});
 *       none for inputs of 1 GiB or more or tables beyond Excel's limits (then the reason is in
 *       the result, as the Data Registry then publishes only the CSV); cells cut at 32,767
 *       characters and counted; control characters XML forbids removed.</li>
 * </ul>
 *
 * <p>Differences kept on purpose: numbers are written as published, not re-printed from a
 * float ({@code 1.50}, not {@code 1.5}); XLSX cells are numbers only for JSON numbers of at most
 * 15 significant digits (flatterer guesses numbers from text); sheet names are made valid and
 * unique instead of failing; table file names are made safe for file systems. The Data
 * Registry's {@code 2000.xlsx} fixture comes from an older flatterer: it has a {@code _link}
 * column and names its only sheet {@code 2000}; today's flatterer names it {@code main}.
 */
package org.dataregistry.ocds.flatten;
