package org.dataregistry.ocds.flatten;

import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.read.JsonLineChunks;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Parses, flattens and encodes the lines of one chunk, on whatever thread runs it, into
 * {@link TableRows} for the consumer (one instance per thread: it keeps a {@link RowFlattener}
 * and a {@link RowEncoder} with their caches).
 *
 * <p>The chunk holds JSON values separated by white space (JSON Lines: one a line); a value that
 * is not an object is counted and skipped, as flatterer skips it. Invalid JSON is an {@link OcdsReadException}
 * naming the file, line and column.
 */
final class ChunkFlattener {

    private final RowEncoder encoder;
    private final RowFlattener flattener;

    /** @param ids the column numbering shared by all threads */
    ChunkFlattener(ColumnIds ids) {
        this.encoder = new RowEncoder(ids);
        this.flattener = new RowFlattener(encoder);
    }

    /** Flattens a chunk. */
    Flattened flatten(JsonLineChunks.Chunk chunk) {
        encoder.start();
        int values = 0;
        int skipped = 0;
        try (JsonParser parser = OcdsJson.mapper().createParser(chunk.bytes(), 0, chunk.length())) {
            try {
                JsonToken first;
                while ((first = parser.nextToken()) != null) {
                    values++;
                    Object value = TreeReader.read(parser);
                    if (first == JsonToken.START_OBJECT) {
                        flattener.flatten((OrderedObject) value);
                    } else {
                        skipped++;
                    }
                }
            } catch (JacksonException e) {
                throw new OcdsReadException(position(chunk, parser), "invalid JSON: " + e.getOriginalMessage(), e);
            }
        }
        return new Flattened(encoder.reached(), encoder.finish(), values, skipped);
    }

    private static SourcePosition position(JsonLineChunks.Chunk chunk, JsonParser parser) {
        var location = parser.currentLocation();
        return new SourcePosition(chunk.source(), chunk.firstLine() + location.getLineNr() - 1, location.getColumnNr());
    }

    /**
     * What a chunk gave.
     *
     * @param reached the tables reached, in order of first appearance
     * @param rows    the rows, per table
     * @param values  the non-blank lines
     * @param skipped the lines whose value is not an object
     */
    record Flattened(List<String> reached, List<TableRows> rows, int values, int skipped) {}
}
