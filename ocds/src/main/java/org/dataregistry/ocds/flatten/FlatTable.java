package org.dataregistry.ocds.flatten;

/**
 * One table of a flattened file.
 *
 * @param name    the table name, e.g. {@code tender_items}
 * @param file    its CSV file in the archive, e.g. {@code tender_items.csv}
 * @param sheet   its sheet name in the XLSX (also when no XLSX was made)
 * @param rows    its data rows
 * @param columns its columns
 */
public record FlatTable(String name, String file, String sheet, long rows, int columns) {}
