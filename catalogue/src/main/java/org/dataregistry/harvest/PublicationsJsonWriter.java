package org.dataregistry.harvest;

import java.io.OutputStream;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes {@code publications.json} as it goes, one publication at a time: a JSON array of objects with the
 * original's fields in the original's order, compact, non-ASCII characters as they are (UTF-8). Each coverage map
 * is copied token by token from the database's text, never built as a tree, so thousands of publications with
 * hundreds of paths each take little memory and time.
 */
final class PublicationsJsonWriter implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder()
            // Jackson 3 writes "https:\/\/..." by default; the original (Python's json) never escaped slashes.
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            // The servlet container closes the response; closing it here would end it before the filters are done.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    /** Starts the array on {@code out}. */
    PublicationsJsonWriter(OutputStream out) {
        json = JSON.createGenerator(ObjectWriteContext.empty(), out);
        json.writeStartArray();
    }

    /** Writes one publication's object. */
    void write(ListedPublication publication) {
        json.writeStartObject();
        json.writeNumberProperty("id", publication.id());
        json.writeStringProperty("title", publication.title());
        json.writeStringProperty("country", publication.country());
        json.writeStringProperty("region", publication.region());
        json.writeStringProperty("language", publication.language());
        json.writeStringProperty("update_frequency", publication.updateFrequency());
        json.writeStringProperty("source_url", publication.sourceUrl());
        json.writeStringProperty("source_id", publication.sourceId());
        json.writeStringProperty("retrieval_frequency", publication.retrievalFrequency());
        date("last_retrieved", publication.lastRetrieved());
        json.writeBooleanProperty("frozen", publication.frozen());
        date("date_from", publication.dateFrom());
        date("date_to", publication.dateTo());
        json.writeName("coverage");
        if (publication.coverage() == null) {
            json.writeNull();
        } else {
            try (JsonParser coverage = JSON.createParser(ObjectReadContext.empty(), publication.coverage())) {
                coverage.nextToken();
                json.copyCurrentStructure(coverage);
            }
        }
        json.writeEndObject();
    }

    /** Ends the array and flushes it. */
    @Override
    public void close() {
        json.writeEndArray();
        json.close();
    }

    private void date(String name, LocalDate date) {
        if (date == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, date.toString());
        }
    }
}
