package org.dataregistry.ocds.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.compress.ParallelGzipOutputStream;
import org.dataregistry.ocds.parallel.OrderedParallel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes compiled releases into the Data Registry's export files: every release to
 * {@code full.jsonl.gz}, and each also to {@code <year>.jsonl.gz} or {@code undated.jsonl.gz}
 * by {@link ExportYear}. One compiled release a line, in the order given; a file is created only
 * when it gets its first line. When the releases have more distinct years than the limit (a source can date its
 * releases anywhere from year 1 to 9999), no yearly files are written at all: dated releases go to
 * {@code full.jsonl.gz} only, and the {@link ExportSummary} says so.
 *
 * <p>Streaming: memory holds one release and, per file, a few blocks being compressed on worker
 * threads ({@link ParallelGzipOutputStream}: the calling thread only sorts lines into files, and
 * each file is an ordinary gzip stream whatever the threads). Files are written under
 * temporary names and renamed into place by {@link #finish()}: until then, the directory shows the
 * previous export (if any) unchanged. {@link #finish()} also deletes older export files
 * ({@code full}, {@code undated} or a year, {@code .jsonl.gz}) that this export did not write, so
 * the directory holds exactly this export; files derived from them (CSV, XLSX) are the
 * flattener's to replace. Closing an unfinished exporter deletes its temporary files. Opening
 * deletes temporary files left by a crashed export.
 *
 * <p>Not thread-safe.
 */
public final class ReleaseExporter implements AutoCloseable {

    /** The stem of the file that receives every release. */
    public static final String FULL = "full";

    /** The suffix of export files. */
    public static final String SUFFIX = ".jsonl.gz";

    private static final Pattern EXPORT_FILE = Pattern.compile("(full|undated|\\d+)\\.jsonl\\.gz");
    private static final Pattern STALE_TEMPORARY =
            Pattern.compile("\\.(full|undated|\\d+)\\.jsonl\\.gz" + Pattern.quote(StagedFile.SUFFIX));

    private final Path directory;
    private final int compressionLevel;
    private final int threads;
    private final ExecutorService workers;
    private final int maxYears;
    private final Map<String, ExportStream> streams = new HashMap<>();
    private int years;
    private boolean yearsOmitted;
    private boolean finished;

    private ReleaseExporter(Path directory, int compressionLevel, int threads, int maxYears) {
        this.directory = directory;
        this.compressionLevel = compressionLevel;
        this.threads = threads;
        this.maxYears = maxYears;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ocds-export-deflate");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens an exporter with gzip's default compression. */
    public static ReleaseExporter open(Path directory) throws IOException {
        return open(directory, Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * Opens an exporter writing into {@code directory}, which is created if missing.
     *
     * @param compressionLevel the gzip level, 1 (fastest) to 9 (smallest), or -1 for the default (6)
     * @throws IOException if the directory cannot be created or a stale temporary file deleted
     */
    public static ReleaseExporter open(Path directory, int compressionLevel) throws IOException {
        return open(directory, compressionLevel, Integer.MAX_VALUE);
    }

    /**
     * Opens an exporter writing into {@code directory}, which is created if missing, with at most {@code maxYears}
     * yearly files.
     *
     * @param compressionLevel the gzip level, 1 (fastest) to 9 (smallest), or -1 for the default (6)
     * @throws IOException if the directory cannot be created or a stale temporary file deleted
     */
    public static ReleaseExporter open(Path directory, int compressionLevel, int maxYears) throws IOException {
        Files.createDirectories(directory);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(
                directory,
                path -> STALE_TEMPORARY.matcher(path.getFileName().toString()).matches())) {
            for (Path path : stale) {
                Files.deleteIfExists(path);
            }
        }
        return new ReleaseExporter(directory, compressionLevel, OrderedParallel.defaultThreads(), maxYears);
    }

    /** Writes a compiled release, serialized compactly. */
    public void write(ObjectNode compiledRelease) throws IOException {
        write(OcdsJson.mapper().writeValueAsBytes(compiledRelease), ExportYear.stemOf(compiledRelease.get("date")));
    }

    /**
     * Writes an already-serialized compiled release as it is.
     *
     * @param json one JSON object, without line breaks
     * @throws IllegalArgumentException if {@code json} is not one JSON object
     */
    public void writeLine(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        writeLine(bytes, 0, bytes.length);
    }

    /**
     * Writes an already-serialized compiled release as it is.
     *
     * @param utf8   holds one JSON object in UTF-8, without line breaks, from {@code offset}
     * @param offset where the object starts
     * @param length its length in bytes
     * @throws IllegalArgumentException if the bytes are not one JSON object
     */
    public void writeLine(byte[] utf8, int offset, int length) throws IOException {
        String stem = ExportYear.stemOf(topLevelDate(utf8, offset, length));
        write(utf8, offset, length, stem);
    }

    private void write(byte[] json, String stem) throws IOException {
        write(json, 0, json.length, stem);
    }

    private void write(byte[] json, int offset, int length, String stem) throws IOException {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        stream(FULL).writeLine(json, offset, length);
        if (isNewYear(stem) && (yearsOmitted || ++years > maxYears)) {
            omitYears();
            return;
        }
        stream(stem).writeLine(json, offset, length);
    }

    private boolean isNewYear(String stem) {
        return !stem.equals(ExportYear.UNDATED) && !streams.containsKey(stem);
    }

    /** Drops the yearly files written so far: from now on, dated releases go to the full file only. */
    private void omitYears() throws IOException {
        if (yearsOmitted) {
            return;
        }
        yearsOmitted = true;
        for (String stem : List.copyOf(streams.keySet())) {
            if (!stem.equals(FULL) && !stem.equals(ExportYear.UNDATED)) {
                streams.remove(stem).close();
            }
        }
    }

    /**
     * Completes every file, renames it into place and deletes stale export files.
     *
     * @return what was written
     */
    public ExportSummary finish() throws IOException {
        finished = true;
        List<String> stems = new ArrayList<>(streams.keySet());
        stems.sort(Comparator.comparing(ReleaseExporter::fileOrder).thenComparing(Comparator.naturalOrder()));
        List<WrittenFile> files = new ArrayList<>();
        for (String stem : stems) {
            files.add(streams.get(stem).commit());
        }
        workers.shutdown();
        return new ExportSummary(files, removeStaleExports(stems), yearsOmitted);
    }

    /** Deletes the temporary files of an unfinished export. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ExportStream stream : streams.values()) {
            try {
                stream.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        streams.clear();
        workers.shutdownNow();
        if (failure != null) {
            throw failure;
        }
    }

    private ExportStream stream(String stem) throws IOException {
        ExportStream stream = streams.get(stem);
        if (stream == null) {
            stream = new ExportStream(directory.resolve(stem + SUFFIX), compressionLevel, workers, threads);
            streams.put(stem, stream);
        }
        return stream;
    }

    private List<String> removeStaleExports(List<String> written) throws IOException {
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, path -> {
            String name = path.getFileName().toString();
            return EXPORT_FILE.matcher(name).matches()
                    && !written.contains(name.substring(0, name.length() - SUFFIX.length()));
        })) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                removed.add(file.getFileName().toString());
            }
        }
        removed.sort(Comparator.naturalOrder());
        return removed;
    }

    /** {@code full} first, then years in numeric order, then {@code undated}. */
    private static long fileOrder(String stem) {
        if (stem.equals(FULL)) {
            return Long.MIN_VALUE;
        }
        return stem.equals(ExportYear.UNDATED) ? Long.MAX_VALUE : Long.parseLong(stem);
    }

    /** The text of the top-level {@code date} if it is a string (the last one, if repeated), else {@code null}. */
    private static String topLevelDate(byte[] json, int offset, int length) {
        try (JsonParser parser = OcdsJson.mapper().createParser(json, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            String date = null;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                boolean isDate = "date".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (isDate) {
                    date = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                } else {
                    parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalArgumentException("not one JSON object");
            }
            return date;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
