package org.dataregistry.process;

import java.util.regex.Pattern;

import org.dataregistry.ocds.OcdsJson;

import tools.jackson.databind.JsonNode;

/**
 * JSON text that PostgreSQL's {@code jsonb} accepts. {@code jsonb} refuses the escape {@code \u0000}, which
 * publishers' data does contain; as Kingfisher Process does, the NUL characters are dropped rather than the release.
 */
final class JsonbText {

    /** {@code \u0000} preceded by an even number of backslashes (an escaped backslash is no escape). */
    private static final Pattern NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private JsonbText() {
    }

    static String of(JsonNode value) {
        String text = OcdsJson.mapper().writeValueAsString(value);
        return text.contains("\\u0000") ? NUL.matcher(text).replaceAll("$1") : text;
    }
}
