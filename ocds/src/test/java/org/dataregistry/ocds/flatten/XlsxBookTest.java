package org.dataregistry.ocds.flatten;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheets' XML is byte for byte what Apache POI's SXSSF writes for the same cells. */
class XlsxBookTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void sheetsAreWhatPoiWritesWhateverTheCells() throws IOException {
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            wide.add("column " + i);
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put(
                "main",
                new Table(
                        List.of("ocid", " lead", "ctl\u0001name", "a<b>&\"c'", "x\ty", "n\u00A0b", "é€𝄞"),
                        List.of(
                                cells(
                                        "plain",
                                        "  spaces  ",
                                        "tab\there",
                                        "line\nend\r",
                                        "<&>\"'",
                                        "\u00A0no-break",
                                        "é€𝄞 \u2028"),
                                cells(
                                        "ctl\u0001\u0002x\u001F",
                                        "\uFFFE\uFFFFz",
                                        "quoted, \"text\"",
                                        "",
                                        null,
                                        JsonNull.NULL,
                                        "true"),
                                cells(
                                        number("1.50"),
                                        number("12345678901234567890"),
                                        number("1e400"),
                                        number("-0.0"),
                                        number("0.000123456789012345678"),
                                        number("1E+5"),
                                        number("123456789012345")),
                                cells(),
                                cells(
                                        "x".repeat(40_000),
                                        "y".repeat(32_766) + "😀",
                                        "é".repeat(32_767),
                                        " ",
                                        "a ",
                                        " b",
                                        "\t"))));
        tables.put(
                "awards",
                new Table(
                        wide,
                        List.<Object[]>of(
                                cells(wide.stream().map(name -> (Object) name).toArray()))));
        tables.put("tender_items", new Table(List.of("id"), List.of(cells("only"), cells(), cells(""))));

        Path ours = dir.resolve("ours.xlsx");
        long truncated;
        try (XlsxBook book = new XlsxBook(dir, -1, workers, 2)) {
            // written out of order, as the flattener writes them (by CSV file name)
            for (int index : new int[] {1, 0, 2}) {
                String name = List.copyOf(tables.keySet()).get(index);
                Table table = tables.get(name);
                try (XlsxBook.Sheet sheet =
                        book.addSheet(index, name, table.columns(), table.rows().size())) {
                    for (Object[] row : table.rows()) {
                        sheet.addRow(spilled(row, table.columns().size()));
                    }
                }
            }
            book.write(ours);
            truncated = book.truncatedCells();
        }
        Path poi = dir.resolve("poi.xlsx");
        long poiTruncated = writeWithPoi(tables, poi);

        Map<String, byte[]> ourParts = parts(ours);
        Map<String, byte[]> poiParts = parts(poi);
        assertThat(ourParts.keySet()).containsExactlyElementsOf(poiParts.keySet());
        for (String part : poiParts.keySet()) {
            if (part.startsWith("xl/worksheets/")
                    || part.equals("xl/workbook.xml")
                    || part.equals("xl/styles.xml")
                    || part.equals("[Content_Types].xml")) {
                assertThat(new String(ourParts.get(part), StandardCharsets.UTF_8))
                        .as(part)
                        .isEqualTo(new String(poiParts.get(part), StandardCharsets.UTF_8));
            }
        }
        assertThat(truncated).isEqualTo(poiTruncated).isEqualTo(2);
    }

    @Test
    void withoutALevelAskedForTheSheetsAreDeflatedAtLevelFive() throws IOException {
        List<String> columns = List.of("ocid", "title", "amount");
        Map<Integer, Long> compressed = new LinkedHashMap<>();
        for (int level : new int[] {-1, 5, 6}) {
            Path xlsx = dir.resolve("level" + level + ".xlsx");
            try (XlsxBook book = new XlsxBook(dir, level, workers, 2)) {
                try (XlsxBook.Sheet sheet = book.addSheet(0, "main", columns, 20_000)) {
                    for (int i = 0; i < 20_000; i++) {
                        sheet.addRow(spilled(
                                cells(
                                        "ocds-" + i * 7919 % 100_003,
                                        "Lot " + i % 97 + " of tender " + i / 7,
                                        number(i * 31 % 1009 + ".5")),
                                columns.size()));
                    }
                }
                book.write(xlsx);
            }
            try (ZipFile zip = new ZipFile(xlsx.toFile())) {
                compressed.put(level, zip.getEntry("xl/worksheets/sheet1.xml").getCompressedSize());
            }
        }
        assertThat(compressed.get(-1)).isEqualTo(compressed.get(5)).isNotEqualTo(compressed.get(6));
    }

    private record Table(List<String> columns, List<Object[]> rows) {}

    private static Object[] cells(Object... cells) {
        return cells;
    }

    private static JsonNumber number(String text) {
        return new JsonNumber(text);
    }

    /** A row of a table of {@code columns} as the spills give it back: texts in UTF-8, quoted when CSV needs it. */
    private static SpilledRow spilled(Object[] cells, int columns) {
        ByteSink bytes = new ByteSink(64);
        int[][] cellAt = new int[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell == null) {
                continue;
            }
            int kind;
            byte[] text;
            if (cell == JsonNull.NULL) {
                kind = TableRows.NULL;
                text = new byte[0];
            } else if (cell instanceof JsonNumber number) {
                kind = TableRows.NUMBER;
                text = number.text().getBytes(StandardCharsets.US_ASCII);
            } else if (CsvFormat.needsQuotes((String) cell)) {
                kind = TableRows.QUOTED;
                text = CsvFormat.quote((String) cell).getBytes(StandardCharsets.UTF_8);
            } else {
                kind = TableRows.TEXT;
                text = ((String) cell).getBytes(StandardCharsets.UTF_8);
            }
            cellAt[i] = new int[] {kind, bytes.length(), text.length};
            bytes.write(text);
        }
        SpilledRow row = new SpilledRow(columns);
        row.reset(bytes.bytes());
        for (int i = 0; i < cells.length; i++) {
            if (cellAt[i] != null) {
                row.set(i, cellAt[i][0], cellAt[i][1], cellAt[i][2]);
            }
        }
        return row;
    }

    /** The flattener's XLSX as it was written with POI's SXSSF, for reference; returns the cells cut. */
    private static long writeWithPoi(Map<String, Table> tables, Path path) throws IOException {
        long[] truncated = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false);
                OutputStream out = Files.newOutputStream(path)) {
            CellStyle style = workbook.getCellStyleAt(0);
            for (Map.Entry<String, Table> table : tables.entrySet()) {
                SXSSFSheet sheet = workbook.createSheet(table.getKey());
                Row header = sheet.createRow(0);
                List<String> columns = table.getValue().columns();
                for (int i = 0; i < columns.size(); i++) {
                    header.createCell(i).setCellValue(poiText(columns.get(i), truncated));
                }
                int next = 1;
                for (Object[] cells : table.getValue().rows()) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < cells.length; i++) {
                        Object value = cells[i];
                        if (value == null || value == JsonNull.NULL) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        cell.setCellStyle(style);
                        Double number = value instanceof JsonNumber json ? poiExactDouble(json.text()) : null;
                        if (number != null) {
                            cell.setCellValue(number);
                        } else {
                            cell.setCellValue(poiText(CellText.of(value), truncated));
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return truncated[0];
    }

    private static String poiText(String value, long[] truncated) {
        String clean = XmlText.replaceControlCharacters(value, "");
        if (clean.length() <= 32_767) {
            return clean;
        }
        truncated[0]++;
        int end = 32_767;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end);
    }

    private static Double poiExactDouble(String number) {
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
        if (digits > 15) {
            return null;
        }
        double value = new BigDecimal(number).doubleValue();
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }
}
