package org.dataregistry.ocds.flatten;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dataregistry.ocds.JsonLineChunks;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.SourcePosition;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Parses and flattens the lines of one chunk, on whatever thread runs it, and turns each table
 * event into an item for the consumer (one instance per thread: it keeps a {@link RowFlattener}
 * and its name cache).
 *
 * <p>The chunk holds JSON values separated by white space (JSON Lines: one a line); a value that
 * is not an object is counted and skipped, as flatterer skips it. Invalid JSON is an {@link OcdsReadException}
 * naming the file, line and column.
 *
 * @param <T> what an event becomes for the consumer
 */
final class ChunkFlattener<T> {

    private final TreeReader reader;
    private final Function<Event, T> render;
    private final RowFlattener flattener;
    private List<T> items;

    /**
     * @param render turns an event into an item, or {@code null} to drop it
     */
    ChunkFlattener(TreeReader reader, Function<Event, T> render) {
        this.reader = reader;
        this.render = render;
        this.flattener = new RowFlattener(new RowFlattener.RowSink() {
            @Override
            public void table(String table) {
                add(new Event(table, null));
            }

            @Override
            public void row(String table, OrderedObject row) {
                add(new Event(table, row));
            }
        });
    }

    /** Flattens a chunk. */
    Flattened<T> flatten(JsonLineChunks.Chunk chunk) {
        items = new ArrayList<>();
        int values = 0;
        int skipped = 0;
        try (JsonParser parser = OcdsJson.mapper().createParser(chunk.bytes(), 0, chunk.length())) {
            try {
                JsonToken first;
                while ((first = parser.nextToken()) != null) {
                    values++;
                    Object value = reader.read(parser);
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
        return new Flattened<>(items, values, skipped);
    }

    private void add(Event event) {
        T item = render.apply(event);
        if (item != null) {
            items.add(item);
        }
    }

    private static SourcePosition position(JsonLineChunks.Chunk chunk, JsonParser parser) {
        var location = parser.currentLocation();
        return new SourcePosition(chunk.source(), chunk.firstLine() + location.getLineNr() - 1, location.getColumnNr());
    }

    /**
     * A table reached ({@code row} is {@code null}) or a row of it.
     *
     * @param table the table
     * @param row   the row, its columns in order, or {@code null}
     */
    record Event(String table, OrderedObject row) {
    }

    /**
     * What a chunk gave.
     *
     * @param items   the items, in order
     * @param values  the non-blank lines
     * @param skipped the lines whose value is not an object
     */
    record Flattened<T>(List<T> items, int values, int skipped) {
    }
}
