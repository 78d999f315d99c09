package org.dataregistry.ocds.flatten;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.JsonLineChunks;

/**
 * Flattens a JSON Lines file of compiled releases into {@code <stem>.csv.tar.gz} and
 * {@code <stem>.xlsx}, as the Data Registry's flattener does with flatterer (see
 * {@link RowFlattener} for the tables and columns, {@link CsvArchive}, {@link XlsxBook} and
 * {@link SheetNames} for the files).
 *
 * <p>The input is JSON Lines (plain or gzip), read once: worker threads parse, flatten and encode
 * chunks of lines ({@link ChunkFlattener}) while the calling thread, in input order, numbers each
 * table's columns (in order of first appearance, as flatterer without a schema orders them) and
 * spills the rows to a hidden working directory beside the outputs ({@link RowSpills}). Then each table is written with its
 * full header, its rows read back once: its CSV file, streamed into the archive, and its sheet.
 * Both are compressed on worker threads as they are written. Memory holds the column names and a
 * few chunks of input and blocks of output in flight, however many rows there are.
 *
 * <p>The XLSX is made only when requested, the uncompressed input is smaller than
 * {@link FlattenOptions#maxXlsxInputBytes()}, every table fits in a sheet (1,048,575 rows below
 * the header, 16,384 columns) and there is at least one row; otherwise only the CSV archive is
 * made and {@link FlattenSummary#xlsxSkipped()} says why. Both outputs are written under
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
    private static final int WRITE_BUFFER = 64 * 1024;

    private final FlattenOptions options;
    private final int threads;
    private final int chunkBytes;

    /** A flattener using a worker thread per available processor (to flatten, then to compress). */
    public Flattener(FlattenOptions options) {
        this(options, OrderedParallel.defaultThreads());
    }

    /**
     * @param threads the worker threads that parse and flatten lines while the calling thread reads
     *                and spills them, then as many that compress the outputs while the calling thread
     *                writes them
     */
    public Flattener(FlattenOptions options, int threads) {
        this(options, threads, CHUNK_BYTES);
    }

    /** As above, reading chunks of about {@code chunkBytes} bytes of lines (tests use tiny ones). */
    Flattener(FlattenOptions options, int threads, int chunkBytes) {
        this.options = options;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
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
    public FlattenSummary flatten(Path input, Path outputDirectory) throws IOException {
        return flatten(input, outputDirectory, FlattenProgress.NONE);
    }

    /** As above, telling {@code progress} how far it has got. */
    public FlattenSummary flatten(Path input, Path outputDirectory, FlattenProgress progress) throws IOException {
        String stem = stemOf(input);
        Files.createDirectories(outputDirectory);
        deleteStaleWorkingDirectories(outputDirectory, stem);
        Path workingDirectory = Files.createTempDirectory(outputDirectory, workingPrefix(stem));
        try {
            RowSpills spills = new RowSpills(workingDirectory.resolve("rows"));
            Pass pass;
            try (spills) {
                pass = read(input, spills, progress);
            }
            List<TableShape> tables = spills.tables();
            List<FlatTable> flatTables = flatTables(tables);
            String xlsxSkipped = xlsxSkipped(pass.bytes(), tables);
            try (StagedFile csv = StagedFile.of(outputDirectory.resolve(stem + CSV_SUFFIX));
                    StagedFile xlsx = StagedFile.of(outputDirectory.resolve(stem + XLSX_SUFFIX));
                    Compressors compressors = new Compressors(threads);
                    XlsxBook book = xlsxSkipped == null
                            ? new XlsxBook(workingDirectory, options.compressionLevel(), compressors.workers(), threads)
                            : null) {
                try (CsvArchive archive = new CsvArchive(
                        csv.temporary(), stem, options.compressionLevel(), compressors.workers(), threads)) {
                    writeTables(spills, tables, flatTables, archive, book, progress);
                }
                if (book != null) {
                    book.write(xlsx.temporary());
                }
                Path csvArchive = csv.commit();
                Path xlsxFile = book == null ? null : xlsx.commit();
                if (xlsxFile == null) {
                    // An XLSX of an earlier run describes older data.
                    Files.deleteIfExists(xlsx.target());
                }
                return new FlattenSummary(
                        csvArchive,
                        Files.size(csvArchive),
                        xlsxFile,
                        xlsxFile == null ? 0 : Files.size(xlsxFile),
                        xlsxSkipped,
                        flatTables,
                        pass.values(),
                        pass.skipped(),
                        pass.bytes(),
                        book == null ? 0 : book.truncatedCells());
            }
        } finally {
            deleteRecursively(workingDirectory);
        }
    }

    /** The tables' file and sheet names, in the tables' order (which decides who gets a ~2). */
    private static List<FlatTable> flatTables(List<TableShape> tables) {
        CsvFileNames files = new CsvFileNames();
        SheetNames sheets = new SheetNames();
        List<FlatTable> flat = new ArrayList<>();
        for (TableShape table : tables) {
            flat.add(new FlatTable(
                    table.name(),
                    files.fileFor(table.name()),
                    sheets.sheetFor(table.name()),
                    table.rows(),
                    table.columns().size()));
        }
        return flat;
    }

    /**
     * Streams each table's CSV file into the archive, in order of file name, and its sheet into
     * the book if there is one, reading the table's rows back once.
     */
    private static void writeTables(
            RowSpills spills,
            List<TableShape> tables,
            List<FlatTable> flatTables,
            CsvArchive archive,
            XlsxBook book,
            FlattenProgress progress)
            throws IOException {
        long totalRows = tables.stream().mapToLong(TableShape::rows).sum();
        long[] written = {0};
        progress.rowsWritten(0, totalRows);
        List<Integer> byFile = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            byFile.add(i);
        }
        byFile.sort(Comparator.comparing(i -> flatTables.get(i).file()));
        ByteSink csv = new ByteSink(2 * WRITE_BUFFER);
        for (int i : byFile) {
            TableShape table = tables.get(i);
            FlatTable flat = flatTables.get(i);
            byte[] header = CsvFormat.header(table.columns());
            OutputStream out = archive.putFile(flat.file(), header.length + table.csvRecordsLength());
            out.write(header);
            try (XlsxBook.Sheet sheet =
                    book == null ? null : book.addSheet(i, flat.sheet(), table.columns(), table.rows())) {
                spills.forEachRow(table, row -> {
                    row.appendCsv(csv);
                    if (csv.length() >= WRITE_BUFFER) {
                        out.write(csv.bytes(), 0, csv.length());
                        csv.clear();
                    }
                    if (sheet != null) {
                        sheet.addRow(row);
                    }
                    progress.rowsWritten(++written[0], totalRows);
                });
            }
            out.write(csv.bytes(), 0, csv.length());
            csv.clear();
            archive.closeFile();
        }
    }

    /**
     * Reads the input in chunks of lines, parsed, flattened and encoded on worker threads; gives
     * the encoded rows to {@code spills} in input order, on this thread.
     */
    private Pass read(Path input, RowSpills spills, FlattenProgress progress) {
        ColumnIds ids = new ColumnIds();
        ThreadLocal<ChunkFlattener> flatteners = ThreadLocal.withInitial(() -> new ChunkFlattener(ids));
        long values = 0;
        long skipped = 0;
        try (JsonLineChunks chunks = JsonLineChunks.open(input, chunkBytes);
                OrderedParallel<ChunkFlattener.Flattened> flattened =
                        OrderedParallel.map(chunks, chunk -> flatteners.get().flatten(chunk), threads)) {
            while (flattened.hasNext()) {
                ChunkFlattener.Flattened chunk = flattened.next();
                values += chunk.values();
                skipped += chunk.skipped();
                spills.accept(chunk.reached(), chunk.rows());
                progress.valuesFlattened(values);
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
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(
                directory, path -> path.getFileName().toString().startsWith(prefix) && Files.isDirectory(path))) {
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

    /** The threads that compress the outputs, stopped when closed. */
    private record Compressors(ExecutorService workers) implements AutoCloseable {

        Compressors(int threads) {
            this(Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "ocds-compress");
                thread.setDaemon(true);
                return thread;
            }));
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    /** What a pass over the input read. */
    private record Pass(long values, long skipped, long bytes) {}
}
