package org.dataregistry.flatten;

/**
 * @param csv the CSV archive written, e.g. {@code 2020.csv.tar.gz}
 * @param xlsx the Excel file written, e.g. {@code 2020.xlsx}; null when none was made
 * @param xlsxSkippedReason why no Excel file was made (too many rows for a sheet, input too large), or null
 */
public record FlattenResult(String csv, String xlsx, String xlsxSkippedReason) {}
