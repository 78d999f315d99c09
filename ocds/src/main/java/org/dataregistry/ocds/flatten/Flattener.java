package org.dataregistry.ocds.flatten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dataregistry.ocds.JsonLineChunks;
import org.dataregistry.ocds.OrderedParallel;
import org.dataregistry.ocds.StagedFile;

/**
 * Flattens a JSON Lines file of compiled releases into {@code <stem>.csv.tar.gz} and
 * {@code <stem>.xlsx}, as the Data Registry's flattener does with flatterer (see
 * {@link RowFlattener} for the tables and columns, {@link CsvArchive}, {@link XlsxBook} and
 * {@link SheetNames} for the files).
 *
 * <p>The input is JSON Lines (plain or gzip). Two passes over it: the
 * first finds the tables and their columns (in order of first appearance, as flatterer without a
 * schema orders them), the second writes the rows, so memory holds the column names, a few
 * chunks of lines in flight and a small window of XLSX rows, however many rows there are. In
 * each pass, worker threads parse and flatten chunks of lines while the calling thread takes the
 * results in input order. The CSV files are written to a hidden working directory beside the
 * outputs, then put into the archive.
 *
 * <p>The XLSX is made only when requested, the uncompressed input is smaller than
 * {@link FlattenOptions#maxXlsxInputBytes()}, every table fits in a sheet (1,048,575 rows below
 * the header, 16,384 columns) and there is at least one row; otherwise only the CSV archive is
 * made and {@link FlattenResult#xlsxSkipped()} says why. Both outputs are written under
 * temporary names and renamed into place when complete ({@link StagedFile}): a failure leaves
 * neither a partial file nor the working directory, and earlier outputs stay until replaced. An
 * XLSX of an earlier run is deleted when this run makes none, since it describes older data.
 *
 * <p>Differences from the Data Registry's files that are kept on purpose: numbers keep their
 * published text ({@link CellText}); XLSX numbers are numeric cells only when the JSON value is
 * a number (flatterer guesses from the text, so an {@code id} of {@code "1"} may become a
 * number); sheet names are made valid and unique ({@link SheetNames}). Older published files
 * (e.g. the Data Registry's {@code 2000.csv.tar.gz} test fixture) also have a {@code _link}
 * column, which the Data Registry no longer writes, and name the XLSX's only sheet after the file.
 */
public final class Flattener {

    private static final String CSV_SUFFIX = ".csv.tar.gz";
    private static final String XLSX_SUFFIX = ".xlsx";
    private static final List<String> INPUT_SUFFIXES = List.of(".jsonl.gz", ".json.gz", ".jsonl", ".json", ".gz");

    private static final int CHUNK_BYTES = 256 * 1024;

    private final FlattenOptions options;
    private final int threads;

    /** A flattener using a worker thread per available processor. */
    public Flattener(FlattenOptions options) {
        this(options, OrderedParallel.defaultThreads());
    }

    /**
     * @param threads the worker threads that parse and flatten lines (the calling thread writes)
     */
    public Flattener(FlattenOptions options, int threads) {
        this.options = options;
        this.threads = threads;
    }

    /**
     * The stem of an input's outputs: its file name without {@code .jsonl.gz}, {@code .json.gz},
     * {@code .jsonl}, {@code .json} or {@code .gz}.
     */
    public static String stemOf(Path input) {
        String name = input.getFileName().toString();
        for (String suffix : INPUT_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * Flattens {@code input} into {@code outputDirectory} (created if missing), replacing earlier outputs.
     *
     * @throws org.dataregistry.ocds.read.OcdsReadException if the input cannot be read, naming the position
     * @throws IOException                                  if an output cannot be written
     */
    public FlattenResult flatten(Path input, Path outputDirectory) throws IOException {
        String stem = stemOf(input);
        Files.createDirectories(outputDirectory);
        deleteStaleWorkingDirectories(outputDirectory, stem);

        TableShapes shapes = new TableShapes();
        Pass first = read(input, TreeReader.shapeOnly(), event -> event, event -> {
            if (event.row() == null) {
                shapes.table(event.table());
            } else {
                shapes.row(event.table(), event.row());
            }
        });
        List<TableShape> tables = shapes.nonEmpty();
        String xlsxSkipped = xlsxSkipped(first.bytes(), tables);

        Path workingDirectory = Files.createTempDirectory(outputDirectory, workingPrefix(stem));
        try (StagedFile csv = StagedFile.of(outputDirectory.resolve(stem + CSV_SUFFIX));
             StagedFile xlsx = StagedFile.of(outputDirectory.resolve(stem + XLSX_SUFFIX));
             XlsxBook book = xlsxSkipped == null ? new XlsxBook(options.compressionLevel()) : null) {
            TableWriters writers = new TableWriters(tables, workingDirectory, book);
            try (writers) {
                read(input, TreeReader.whole(), writers::render, writers::write);
            }
            CsvArchive.write(csv.temporary(), stem, writers.files(), options.compressionLevel());
            if (book != null) {
                book.write(xlsx.temporary());
            }
            Path csvArchive = csv.commit();
            Path xlsxFile = book == null ? null : xlsx.commit();
            if (xlsxFile == null) {
                // An XLSX of an earlier run describes older data.
                Files.deleteIfExists(xlsx.target());
            }
            return new FlattenResult(csvArchive, Files.size(csvArchive), xlsxFile,
                    xlsxFile == null ? 0 : Files.size(xlsxFile), xlsxSkipped, writers.flatTables(), first.values(),
                    first.skipped(), first.bytes(), book == null ? 0 : book.truncatedCells());
        } finally {
            deleteRecursively(workingDirectory);
        }
    }

    /**
     * Reads the input in chunks of lines, parsed and flattened on worker threads; gives the
     * rendered items to {@code consumer} in input order, on this thread.
     */
    private <T> Pass read(Path input, TreeReader reader, Function<ChunkFlattener.Event, T> render,
                          Consumer<T> consumer) {
        ThreadLocal<ChunkFlattener<T>> flatteners = ThreadLocal.withInitial(() -> new ChunkFlattener<>(reader, render));
        long values = 0;
        long skipped = 0;
        try (JsonLineChunks chunks = JsonLineChunks.open(input, CHUNK_BYTES);
             OrderedParallel<ChunkFlattener.Flattened<T>> flattened = OrderedParallel.map(chunks,
                     chunk -> flatteners.get().flatten(chunk), threads)) {
            while (flattened.hasNext()) {
                ChunkFlattener.Flattened<T> chunk = flattened.next();
                values += chunk.values();
                skipped += chunk.skipped();
                chunk.items().forEach(consumer);
            }
            return new Pass(values, skipped, chunks.bytesRead());
        }
    }

    private String xlsxSkipped(long inputBytes, List<TableShape> tables) {
        if (!options.xlsx()) {
            return "not requested";
        }
        if (inputBytes >= options.maxXlsxInputBytes()) {
            return "the uncompressed input has " + inputBytes + " bytes, the limit for an XLSX is "
                    + options.maxXlsxInputBytes();
        }
        if (tables.isEmpty()) {
            return "there are no rows";
        }
        for (TableShape table : tables) {
            if (table.rows() > XlsxBook.MAX_DATA_ROWS) {
                return "table " + table.name() + " has " + table.rows() + " rows, a sheet holds "
                        + XlsxBook.MAX_DATA_ROWS + " below its header";
            }
            if (table.columns().size() > XlsxBook.MAX_COLUMNS) {
                return "table " + table.name() + " has " + table.columns().size() + " columns, a sheet holds "
                        + XlsxBook.MAX_COLUMNS;
            }
        }
        return null;
    }

    private static String workingPrefix(String stem) {
        return "." + stem + ".csv-";
    }

    private static void deleteStaleWorkingDirectories(Path directory, String stem) throws IOException {
        String prefix = workingPrefix(stem);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(directory,
                path -> path.getFileName().toString().startsWith(prefix) && Files.isDirectory(path))) {
            for (Path path : stale) {
                deleteRecursively(path);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** What a pass over the input read. */
    private record Pass(long values, long skipped, long bytes) {
    }

    /** The second pass: renders rows on the workers and writes them to their table's CSV file and sheet. */
    private static final class TableWriters implements AutoCloseable {

        private final Map<String, TableWriter> writers = new HashMap<>();
        private final List<TableWriter> inOrder = new ArrayList<>();

        TableWriters(List<TableShape> tables, Path directory, XlsxBook book) throws IOException {
            CsvFileNames files = new CsvFileNames();
            SheetNames sheets = new SheetNames();
            try {
                for (TableShape table : tables) {
                    String file = files.fileFor(table.name());
                    String sheet = sheets.sheetFor(table.name());
                    TableWriter writer = new TableWriter(table, file, sheet,
                            new CsvTableFile(directory.resolve(file), table.columns()),
                            book == null ? null : book.addSheet(sheet, table.columns()));
                    writers.put(table.name(), writer);
                    inOrder.add(writer);
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Renders a row (on a worker thread; the writers' lookups are read-only), or {@code null} for no row. */
        RenderedRow render(ChunkFlattener.Event event) {
            TableWriter writer = event.row() == null ? null : writers.get(event.table());
            return writer == null ? null : writer.render(event.row());
        }

        /** Writes a rendered row (on the consuming thread, in input order). */
        void write(RenderedRow row) {
            try {
                row.writer().write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Path> files() {
            return inOrder.stream().map(writer -> writer.csv.path()).toList();
        }

        List<FlatTable> flatTables() {
            return inOrder.stream().map(TableWriter::flatTable).toList();
        }

        @Override
        public void close() throws IOException {
            for (TableWriter writer : inOrder) {
                writer.csv.close();
            }
        }
    }

    /**
     * A row ready to write.
     *
     * @param writer its table
     * @param empty  whether it has no columns
     * @param csv    its CSV record
     * @param values its values by column, for the XLSX, or {@code null} if there is none
     */
    private record RenderedRow(TableWriter writer, boolean empty, String csv, Object[] values) {
    }

    /** One table's outputs. */
    private static final class TableWriter {

        private final TableShape shape;
        private final String file;
        private final String sheetName;
        private final CsvTableFile csv;
        private final XlsxBook.Sheet sheet;
        private boolean hasColumns;

        TableWriter(TableShape shape, String file, String sheetName, CsvTableFile csv, XlsxBook.Sheet sheet) {
            this.shape = shape;
            this.file = file;
            this.sheetName = sheetName;
            this.csv = csv;
            this.sheet = sheet;
        }

        RenderedRow render(OrderedObject row) {
            int width = shape.columns().size();
            String[] texts = new String[width];
            Object[] values = sheet == null ? null : new Object[width];
            for (int i = 0; i < row.size(); i++) {
                int column = shape.indexOf(row.key(i));
                texts[column] = CellText.of(row.value(i));
                if (values != null) {
                    values[column] = row.value(i);
                }
            }
            int length = texts.length + 1;
            for (String text : texts) {
                length += text == null ? 0 : text.length();
            }
            StringBuilder record = new StringBuilder(length + 16);
            CsvFormat.appendRecord(record, texts);
            return new RenderedRow(this, row.isEmpty(), record.toString(), values);
        }

        /** Writes a row, unless flatterer would skip it (no columns yet, see {@link TableShape#add}). */
        void write(RenderedRow row) throws IOException {
            if (row.empty() && !hasColumns) {
                return;
            }
            hasColumns = true;
            csv.write(row.csv());
            if (sheet != null) {
                sheet.addRow(row.values());
            }
        }

        FlatTable flatTable() {
            return new FlatTable(shape.name(), file, sheetName, shape.rows(), shape.columns().size());
        }
    }
}
