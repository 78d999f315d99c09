package org.dataregistry.ocds.coverage;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.JsonLineChunks;
import org.dataregistry.ocds.read.JsonLinesInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Counts, over a stream of JSON values (compiled releases, one a line), how often each path
 * holds something, as OCDS Cardinal's {@code coverage} command does, and the release date range.
 *
 * <p><b>Paths</b>: {@code ""} is the top-level value, a member adds its name, a non-empty object
 * adds {@code /} and an array's elements add {@code []}: {@code /ocid}, {@code /tender/},
 * {@code /tender/items}, {@code /tender/items[]/}, {@code /tag[]}.
 *
 * <p><b>Non-empty</b>, precisely: a number or a boolean (also {@code 0} and {@code false}) and a
 * string of at least one character are non-empty; {@code null} and {@code ""} are empty; an
 * object or an array is non-empty if at least one of its members or elements is. Each non-empty
 * occurrence adds 1 at its path, so {@code /awards} counts releases with a non-empty
 * {@code awards} array, {@code /awards[]} and {@code /awards[]/} count its non-empty elements
 * (an object element counts at both), and {@code ""} counts the non-empty lines. A member that
 * is repeated in one object counts each time (Cardinal keeps the last).
 *
 * <p><b>Dates</b>: the top-level {@code date} strings after {@code 1970-01-01} and, when a last
 * day is given, whose first ten characters are not after it, compared as text, as Kingfisher
 * Process computes a collection's published-from and published-to dates.
 *
 * <p>Memory holds one count per distinct path (per worker with {@link #countAll}). Not thread-safe.
 */
public final class CoverageCounter {

    private static final String EPOCH = "1970-01-01";
    /** Bytes of lines a worker counts at a time. */
    private static final int CHUNK_SIZE = 1 << 20;

    private final String lastDay;
    private final PathCount root = new PathCount("");
    private final PathCount release = root.object();
    private long lines;
    private String dateFrom;
    private String dateTo;

    /**
     * @param lastDay the last release date to count in the date range (e.g. today), or {@code null} for no limit
     */
    public CoverageCounter(LocalDate lastDay) {
        this.lastDay = lastDay == null ? null : lastDay.toString();
    }

    /**
     * Counts every value of a JSON Lines file (plain or gzip).
     *
     * @throws org.dataregistry.ocds.read.OcdsReadException if the file cannot be read, naming the position
     */
    public void addAll(Path file) {
        try (JsonLinesInput input = JsonLinesInput.open(file)) {
            addAll(input);
        }
    }

    /**
     * Counts every value of a JSON Lines file (plain or gzip) on {@code threads} workers, a chunk of lines each at a
     * time: the report is the one a single counter reading the file in order gives, sooner.
     *
     * @param linesCounted told the lines counted so far, after each chunk
     * @throws org.dataregistry.ocds.read.OcdsReadException if the file cannot be read, naming the position
     */
    public static CoverageReport countAll(Path file, LocalDate lastDay, int threads, LongConsumer linesCounted) {
        CoverageCounter total = new CoverageCounter(lastDay);
        try (JsonLineChunks chunks = JsonLineChunks.open(file, CHUNK_SIZE);
                OrderedParallel<CoverageCounter> counted =
                        OrderedParallel.map(chunks, chunk -> counterOf(chunk, lastDay), threads)) {
            while (counted.hasNext()) {
                total.merge(counted.next());
                linesCounted.accept(total.lines);
            }
        }
        return total.report();
    }

    private static CoverageCounter counterOf(JsonLineChunks.Chunk chunk, LocalDate lastDay) {
        CoverageCounter counter = new CoverageCounter(lastDay);
        String name = chunk.source() + " (from line " + chunk.firstLine() + ")";
        try (JsonLinesInput input =
                JsonLinesInput.open(new ByteArrayInputStream(chunk.bytes(), 0, chunk.length()), name)) {
            counter.addAll(input);
        }
        return counter;
    }

    /** Adds what {@code other} counted, as if this counter had read its values too. */
    private void merge(CoverageCounter other) {
        root.merge(other.root);
        lines += other.lines;
        if (other.dateFrom != null && (dateFrom == null || other.dateFrom.compareTo(dateFrom) < 0)) {
            dateFrom = other.dateFrom;
        }
        if (other.dateTo != null && (dateTo == null || other.dateTo.compareTo(dateTo) > 0)) {
            dateTo = other.dateTo;
        }
    }

    /** Counts every remaining value of an input. */
    public void addAll(JsonLinesInput input) {
        JsonToken token;
        while ((token = input.nextValue()) != null) {
            JsonToken first = token;
            input.guard(() -> add(input.parser(), first, root));
            lines++;
        }
    }

    /** The statistics so far. */
    public CoverageReport report() {
        Map<String, Long> coverage = new TreeMap<>();
        root.forEachCounted(coverage::put);
        return new CoverageReport(
                coverage, CoverageCounts.of(coverage), lines, coverage.getOrDefault("/ocid", 0L), dateFrom, dateTo);
    }

    /** Counts the value starting at {@code token} under {@code node}; whether it is non-empty. */
    private boolean add(JsonParser parser, JsonToken token, PathCount node) {
        boolean nonEmpty = false;
        switch (token) {
            case START_OBJECT -> {
                PathCount object = node.object();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (object == release && value == JsonToken.VALUE_STRING && name.equals("date")) {
                        addDate(parser.getString());
                    }
                    nonEmpty |= add(parser, value, object.member(name));
                }
                if (nonEmpty) {
                    object.increment();
                }
            }
            case START_ARRAY -> {
                PathCount element = node.element();
                JsonToken value;
                while ((value = parser.nextToken()) != JsonToken.END_ARRAY) {
                    nonEmpty |= add(parser, value, element);
                }
            }
            case VALUE_NULL -> nonEmpty = false;
            case VALUE_STRING -> nonEmpty = parser.getStringLength() > 0;
            default -> nonEmpty = true;
        }
        if (nonEmpty) {
            node.increment();
        }
        return nonEmpty;
    }

    private void addDate(String date) {
        if (date.compareTo(EPOCH) <= 0
                || lastDay != null
                        && date.substring(0, Math.min(date.length(), lastDay.length()))
                                        .compareTo(lastDay)
                                > 0) {
            return;
        }
        if (dateFrom == null || date.compareTo(dateFrom) < 0) {
            dateFrom = date;
        }
        if (dateTo == null || date.compareTo(dateTo) > 0) {
            dateTo = date;
        }
    }
}
