package org.dataregistry.ocds.flatten;

import java.nio.file.Path;
import java.util.List;

/**
 * What flattening one file made.
 *
 * @param csvArchive      {@code <stem>.csv.tar.gz}
 * @param csvArchiveBytes its size
 * @param xlsx            {@code <stem>.xlsx}, or {@code null} if none was made
 * @param xlsxBytes       its size, or 0
 * @param xlsxSkipped     why no XLSX was made (not requested, input too large, too many rows or
 *                        columns in a sheet, no rows), or {@code null} if one was made
 * @param tables          the tables, in order of first appearance ({@code main} first), as the sheets are
 * @param values          the top-level JSON values read
 * @param skippedValues   top-level values that are not objects, skipped as flatterer skips them
 * @param inputBytes      the uncompressed size of the input
 * @param truncatedCells  XLSX cells cut to Excel's 32,767 characters (the CSV has them whole)
 */
public record FlattenSummary(
        Path csvArchive,
        long csvArchiveBytes,
        Path xlsx,
        long xlsxBytes,
        String xlsxSkipped,
        List<FlatTable> tables,
        long values,
        long skippedValues,
        long inputBytes,
        long truncatedCells) {

    public FlattenSummary {
        tables = List.copyOf(tables);
    }
}
