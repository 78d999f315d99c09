package org.dataregistry.ocds.flatten;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX, written streaming with POI's SXSSF: each sheet keeps a small window of rows in
 * memory and spills the rest to a temporary file (in {@code java.io.tmpdir}), so memory does not
 * grow with the rows. Strings are written inline (no shared-string table), as flatterer's
 * writer does.
 *
 * <p>Cells: a string as text, cut to Excel's 32,767 characters (counted in
 * {@link #truncatedCells()}) and without the control characters XML forbids; a JSON number as a
 * number when it has at most 15 significant digits (what a spreadsheet's double shows exactly),
 * else as its text; everything else as {@link CellText} text.
 */
final class XlsxBook implements AutoCloseable {

    /** Rows a sheet can hold below its header. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Columns a sheet can hold. */
    static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private static final int MAX_CELL_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int ROW_WINDOW = 100;
    private static final int MAX_EXACT_DIGITS = 15;

    private final SXSSFWorkbook workbook;
    private final CellStyle defaultStyle;
    private long truncatedCells;

    /**
     * @param compressionLevel the deflate level of the XLSX (a zip), 1 (fastest) to 9, or -1 for the default (6)
     */
    XlsxBook(int compressionLevel) {
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(compressionLevel);
                return zip;
            }
        };
        this.defaultStyle = workbook.getCellStyleAt(0);
    }

    /** Adds a sheet with its header row. */
    Sheet addSheet(String name, List<String> columns) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(text(columns.get(i)));
        }
        return new Sheet(sheet);
    }

    /** Cells that were cut to 32,767 characters. */
    long truncatedCells() {
        return truncatedCells;
    }

    /** Writes the workbook to {@code path}. */
    void write(Path path) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
            workbook.write(out);
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private String text(String value) {
        String clean = XmlText.replaceControlCharacters(value, "");
        if (clean.length() <= MAX_CELL_LENGTH) {
            return clean;
        }
        truncatedCells++;
        int end = MAX_CELL_LENGTH;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end);
    }

    /** Whether a double shows the number exactly: at most 15 significant digits, within range. */
    private static Double exactDouble(String number) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9' && !(leading && c == '0')) {
                leading = false;
                digits++;
            }
        }
        if (digits > MAX_EXACT_DIGITS) {
            return null;
        }
        double value = new BigDecimal(number).doubleValue();
        return Double.isFinite(value) ? value : null;
    }

    /** One sheet, filled row by row. */
    final class Sheet {

        private final SXSSFSheet sheet;
        private int next = 1;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** Adds a row; {@code null} cells are left empty. */
        void addRow(Object[] cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                Object value = cells[i];
                if (value == null || value == JsonNull.NULL) {
                    continue;
                }
                Cell cell = row.createCell(i);
                // Without a style, POI looks up the column's default style for every cell it writes.
                cell.setCellStyle(defaultStyle);
                Double number = value instanceof JsonNumber json ? exactDouble(json.text()) : null;
                if (number != null) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(text(CellText.of(value)));
                }
            }
        }
    }
}
