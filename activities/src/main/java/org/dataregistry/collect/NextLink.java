package org.dataregistry.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code links.next} URL of a JSON page (OCDS's pagination extension): a top-level member of the first JSON
 * value, read with a streaming parser so that a page of any size is never held in memory.
 */
final class NextLink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NextLink() {}

    /**
     * The page's {@code links.next}, when it is a non-blank string.
     *
     * @throws JacksonException when the page is not valid JSON up to the end of its first value
     */
    static Optional<String> of(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page);
                JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String next = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("links") && parser.currentToken() == JsonToken.START_OBJECT) {
                    next = nextIn(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return Optional.ofNullable(next).filter(url -> !url.isBlank());
        }
    }

    private static String nextIn(JsonParser links) {
        String next = null;
        for (JsonToken token = links.nextToken(); token == JsonToken.PROPERTY_NAME; token = links.nextToken()) {
            String name = links.currentName();
            JsonToken value = links.nextToken();
            if (name.equals("next") && value == JsonToken.VALUE_STRING) {
                next = links.getString();
            } else {
                links.skipChildren();
            }
        }
        return next;
    }
}
