package org.dataregistry.ocds.flatten;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.dataregistry.ocds.compress.ParallelDeflateOutputStream;

/**
 * The XLSX, written streaming: each sheet's XML is written row by row straight into a deflate
 * stream compressed on worker threads ({@link ParallelDeflateOutputStream}) and kept, compressed,
 * in a file of the working directory; {@link #write} then puts the package together. Memory
 * holds a few blocks of XML, however many rows there are. Sheets may be written in any order,
 * one at a time; the workbook lists them by their index.
 *
 * <p>The package is the one Apache POI's SXSSF writes (strings inline, no shared strings, the
 * default style only), and each sheet's XML is byte for byte POI's: the tests compare them.
 *
 * <p>Cells: a string as text, cut to Excel's 32,767 characters (counted in
 * {@link #truncatedCells()}) and without the control characters XML forbids; a JSON number as a
 * number when it has at most 15 significant digits (what a spreadsheet's double shows exactly),
 * else as its text; everything else as {@link CellText} text.
 */
final class XlsxBook implements AutoCloseable {

    /** Rows a sheet can hold below its header. */
    static final int MAX_DATA_ROWS = 1_048_575;

    /** Columns a sheet can hold. */
    static final int MAX_COLUMNS = 16_384;

    private static final int MAX_CELL_LENGTH = 32_767;
    private static final int MAX_EXACT_DIGITS = 15;
    private static final int WRITE_BUFFER = 64 * 1024;

    /**
     * The deflate level of the XLSX unless another is asked for. The sheets' XML is 3 to 4 times
     * the CSV's size and compressing it is most of the XLSX's cost: on the benchmark's sheets
     * level 5 compresses about 1.6 times faster than zlib's default 6, for 1.5 % more bytes
     * (levels 1 to 4 give 15 to 25 % more).
     */
    static final int DEFAULT_COMPRESSION_LEVEL = 5;

    /**
     * The blocks compressed in parallel: larger than the default, as each block starts by loading
     * the 32 KiB before it as dictionary.
     */
    private static final int DEFLATE_BLOCK = 1024 * 1024;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SHEET_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private final Path directory;
    private final int compressionLevel;
    private final ExecutorService workers;
    private final int threads;
    private final List<SheetPart> sheets = new ArrayList<>();
    private long truncatedCells;

    /**
     * @param directory        where the compressed sheets are kept until {@link #write} (the caller deletes it)
     * @param compressionLevel the deflate level of the XLSX (a zip), 1 (fastest) to 9, or -1 for
     *                         {@link #DEFAULT_COMPRESSION_LEVEL}
     * @param workers          the threads that compress
     * @param threads          how many of them to keep busy
     */
    XlsxBook(Path directory, int compressionLevel, ExecutorService workers, int threads) {
        this.directory = directory;
        this.compressionLevel =
                compressionLevel == Deflater.DEFAULT_COMPRESSION ? DEFAULT_COMPRESSION_LEVEL : compressionLevel;
        this.workers = workers;
        this.threads = threads;
    }

    /**
     * Starts a sheet and writes its header row; close it before starting another.
     *
     * @param index   its place in the workbook, from 0 (the first is the selected one)
     * @param name    its name ({@link SheetNames})
     * @param columns its columns
     * @param rows    the rows that will follow the header
     */
    Sheet addSheet(int index, String name, List<String> columns, long rows) throws IOException {
        while (sheets.size() <= index) {
            sheets.add(null);
        }
        Path file = directory.resolve("sheet" + (index + 1) + ".xml.deflate");
        Sheet sheet = new Sheet(name, file, columns.size(), index == 0);
        sheet.begin(columns, rows);
        sheets.set(index, sheet.part);
        return sheet;
    }

    /** Cells that were cut to 32,767 characters. */
    long truncatedCells() {
        return truncatedCells;
    }

    /** Writes the package to {@code path}, once every sheet is closed. */
    void write(Path path) throws IOException {
        FileTime now = FileTime.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(path)) {
            zip.setLevel(compressionLevel);
            addPart(zip, "[Content_Types].xml", contentTypes(), now);
            addPart(
                    zip,
                    "_rels/.rels",
                    XmlParts.HEADER_STANDALONE + "<Relationships xmlns=\"" + RELATIONSHIPS_NS + "\">"
                            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + OFFICE_RELATIONSHIPS
                            + "/officeDocument\"/><Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\""
                            + OFFICE_RELATIONSHIPS
                            + "/extended-properties\"/><Relationship Id=\"rId3\" Target=\"docProps/core.xml\""
                            + " Type=\"" + RELATIONSHIPS_NS + "/metadata/core-properties\"/></Relationships>",
                    now);
            addPart(
                    zip,
                    "docProps/app.xml",
                    XmlParts.HEADER + "\n<Properties xmlns=\""
                            + "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                            + "<Application>Data Registry</Application></Properties>",
                    now);
            addPart(
                    zip,
                    "docProps/core.xml",
                    XmlParts.HEADER_STANDALONE + "<cp:coreProperties"
                            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                            + now.toInstant() + "</dcterms:created></cp:coreProperties>",
                    now);
            addPart(
                    zip,
                    "xl/sharedStrings.xml",
                    XmlParts.HEADER + "\n<sst count=\"0\" uniqueCount=\"0\" xmlns=\"" + MAIN_NS + "\"/>",
                    now);
            addPart(
                    zip,
                    "xl/styles.xml",
                    XmlParts.HEADER + "\n<styleSheet xmlns=\"" + MAIN_NS + "\"><numFmts count=\"0\"/>"
                            + "<fonts count=\"1\"><font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/>"
                            + "<family val=\"2\"/><scheme val=\"minor\"/></font></fonts><fills count=\"2\"><fill>"
                            + "<patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill>"
                            + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                            + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                            + "</cellXfs></styleSheet>",
                    now);
            addPart(zip, "xl/workbook.xml", workbook(), now);
            addPart(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(), now);
            for (int i = 0; i < sheets.size(); i++) {
                SheetPart sheet = sheets.get(i);
                if (sheet == null || !sheet.complete) {
                    throw new IllegalStateException("sheet " + (i + 1) + " was not written");
                }
                ZipArchiveEntry entry = new ZipArchiveEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setCrc(sheet.crc);
                entry.setSize(sheet.size);
                entry.setCompressedSize(sheet.compressedSize);
                entry.setLastModifiedTime(now);
                try (InputStream in = Files.newInputStream(sheet.file)) {
                    zip.addRawArchiveEntry(entry, in);
                }
            }
            zip.finish();
        }
    }

    /** Deletes the compressed sheets. */
    @Override
    public void close() throws IOException {
        for (SheetPart sheet : sheets) {
            if (sheet != null) {
                Files.deleteIfExists(sheet.file);
            }
        }
    }

    private static void addPart(ZipArchiveOutputStream zip, String name, String xml, FileTime time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setLastModifiedTime(time);
        zip.putArchiveEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(XmlParts.HEADER_STANDALONE)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append(
                        "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
                .append(
                        "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"")
                .append(" PartName=\"/docProps/app.xml\"/>")
                .append("<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"")
                .append(" PartName=\"/docProps/core.xml\"/>")
                .append(
                        "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"")
                .append(" PartName=\"/xl/sharedStrings.xml\"/>")
                .append(
                        "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"")
                .append(" PartName=\"/xl/styles.xml\"/>")
                .append(
                        "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"")
                .append(" PartName=\"/xl/workbook.xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override ContentType=\"")
                    .append(SHEET_TYPE)
                    .append("\" PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(XmlParts.HEADER)
                .append("\n<workbook xmlns=\"")
                .append(MAIN_NS)
                .append("\" xmlns:r=\"")
                .append(OFFICE_RELATIONSHIPS)
                .append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"")
                    .append(XmlParts.attribute(sheets.get(i).name))
                    .append("\" r:id=\"rId")
                    .append(i + 3)
                    .append("\" sheetId=\"")
                    .append(i + 1)
                    .append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(XmlParts.HEADER_STANDALONE)
                .append("<Relationships xmlns=\"")
                .append(RELATIONSHIPS_NS)
                .append("\">")
                .append("<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\"")
                .append(OFFICE_RELATIONSHIPS)
                .append("/sharedStrings\"/>")
                .append("<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"")
                .append(OFFICE_RELATIONSHIPS)
                .append("/styles\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId")
                    .append(i + 3)
                    .append("\" Target=\"worksheets/sheet")
                    .append(i + 1)
                    .append(".xml\" Type=\"")
                    .append(OFFICE_RELATIONSHIPS)
                    .append("/worksheet\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    /** The text of a string cell: without the control characters XML forbids, cut to Excel's limit. */
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

    /**
     * The number as a double if that shows it exactly (at most 15 significant digits, within
     * range), else NaN.
     */
    private static double exactDouble(String number) {
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
            return Double.NaN;
        }
        // Both round correctly; BigDecimal, slower, is kept for zeros: it makes -0.0 a 0.
        double value = Double.parseDouble(number);
        if (value == 0) {
            value = new BigDecimal(number).doubleValue();
        }
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** A sheet's compressed XML, once complete. */
    private static final class SheetPart {

        private final String name;
        private final Path file;
        private boolean complete;
        private long crc;
        private long size;
        private long compressedSize;

        SheetPart(String name, Path file) {
            this.name = name;
            this.file = file;
        }
    }

    /** One sheet, filled row by row. */
    final class Sheet implements AutoCloseable {

        private final SheetPart part;
        private final boolean selected;
        private final byte[][] columnLetters;
        private final ParallelDeflateOutputStream deflate;
        private final ByteSink xml = new ByteSink(2 * WRITE_BUFFER);
        private final ByteSink rowNumber = new ByteSink(16);
        private int next = 1;

        private Sheet(String name, Path file, int columns, boolean selected) throws IOException {
            this.part = new SheetPart(name, file);
            this.selected = selected;
            this.columnLetters = new byte[columns][];
            for (int i = 0; i < columns; i++) {
                columnLetters[i] = XmlParts.columnLetters(i).getBytes(StandardCharsets.US_ASCII);
            }
            this.deflate = new ParallelDeflateOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), WRITE_BUFFER),
                    compressionLevel,
                    workers,
                    threads,
                    DEFLATE_BLOCK);
        }

        private void begin(List<String> columns, long rows) throws IOException {
            xml.write(ascii(XmlParts.HEADER + "\n<worksheet xmlns=\"" + MAIN_NS + "\"><dimension ref=\"A1:"
                    + XmlParts.columnLetters(Math.max(0, columns.size() - 1)) + (rows + 1) + "\"/><sheetViews>"
                    + "<sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"true\"" : "") + "/></sheetViews>"
                    + "<sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData>\n"));
            beginRow();
            for (int i = 0; i < columns.size(); i++) {
                textCell(i, text(columns.get(i)));
            }
            endRow();
        }

        /** Adds a row; absent and null cells are left empty. */
        void addRow(SpilledRow row) throws IOException {
            beginRow();
            byte[] bytes = row.bytes();
            for (int i = 0; i < columnLetters.length; i++) {
                int kind = row.kind(i);
                if (kind == SpilledRow.ABSENT || kind == TableRows.NULL) {
                    continue;
                }
                int start = row.start(i);
                int length = row.length(i);
                if (kind == TableRows.TEXT && length <= MAX_CELL_LENGTH && XmlParts.isPlain(bytes, start, length)) {
                    beginTextCell(i, length > 0 && (bytes[start] == ' ' || bytes[start + length - 1] == ' '));
                    xml.write(bytes, start, length);
                    endTextCell();
                } else if (kind == TableRows.NUMBER) {
                    String number = new String(bytes, start, length, StandardCharsets.US_ASCII);
                    double exact = exactDouble(number);
                    if (!Double.isNaN(exact)) {
                        numberCell(i, exact);
                    } else {
                        textCell(i, text(number));
                    }
                } else {
                    textCell(i, text(row.text(i)));
                }
            }
            endRow();
        }

        /** Ends the sheet's XML and keeps the sheet for {@link #write}. */
        @Override
        public void close() throws IOException {
            xml.write(ascii("</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\""
                    + " right=\"0.7\" top=\"0.75\"/></worksheet>"));
            deflate.write(xml.bytes(), 0, xml.length());
            xml.clear();
            deflate.close();
            part.crc = deflate.crc();
            part.size = deflate.bytesIn();
            part.compressedSize = deflate.bytesOut();
            part.complete = true;
        }

        private void beginRow() {
            rowNumber.clear();
            XmlParts.writeDecimal(rowNumber, next++);
            xml.write(ROW_START);
            xml.write(rowNumber.bytes(), 0, rowNumber.length());
            xml.write(ROW_START_END);
        }

        private void endRow() throws IOException {
            xml.write(ROW_END);
            if (xml.length() >= WRITE_BUFFER) {
                deflate.write(xml.bytes(), 0, xml.length());
                xml.clear();
            }
        }

        private void cellStart(int column) {
            xml.write(CELL_START);
            xml.write(columnLetters[column]);
            xml.write(rowNumber.bytes(), 0, rowNumber.length());
        }

        private void beginTextCell(int column, boolean preserveSpace) {
            cellStart(column);
            xml.write(preserveSpace ? TEXT_START_PRESERVE : TEXT_START);
        }

        private void endTextCell() {
            xml.write(TEXT_END);
        }

        private void textCell(int column, String text) {
            boolean preserve = !text.isEmpty()
                    && (Character.isWhitespace(text.charAt(0))
                            || Character.isWhitespace(text.charAt(text.length() - 1)));
            beginTextCell(column, preserve);
            XmlParts.writeEscaped(xml, text);
            endTextCell();
        }

        private void numberCell(int column, double value) {
            cellStart(column);
            xml.write(NUMBER_START);
            String text = Double.toString(value);
            xml.ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                xml.write(text.charAt(i));
            }
            xml.write(NUMBER_END);
        }
    }

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_START_END = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] TEXT_START = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_START_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER_START = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
