package org.dataregistry.ocds.cli;

import java.util.HashSet;
import java.util.Set;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Whether a line given to {@code export} is a compiled release: not a package or a record, and
 * tagged {@code ["compiled"]} as compile writes it. Exporting anything else would publish files
 * that look like compiled releases and are not.
 */
final class CompiledReleaseCheck {

    private static final String HINT = ": export takes compiled releases, e.g. from ocds compile";

    private CompiledReleaseCheck() {}

    /**
     * Why the JSON object in {@code utf8} is not a compiled release, or {@code null} if it is one
     * (or is not a JSON object at all, which the exporter reports).
     */
    static String problem(byte[] utf8, int offset, int length) {
        Set<String> fields = new HashSet<>();
        JsonNode tag = null;
        try (JsonParser parser = OcdsJson.mapper().createParser(utf8, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                fields.add(field);
                parser.nextToken();
                if (field.equals("tag")) {
                    tag = OcdsJson.valueReader().readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            return null;
        }
        if (fields.contains("records")) {
            return "a record package, not a compiled release" + HINT;
        }
        if (fields.contains("releases")) {
            return (fields.contains("ocid") ? "a record" : "a release package") + ", not a compiled release" + HINT;
        }
        if (tag == null) {
            return "a release without a tag, not a compiled release (tagged [\"compiled\"])" + HINT;
        }
        if (!(tag.isArray()
                && tag.size() == 1
                && tag.get(0).isString()
                && "compiled".equals(tag.get(0).stringValue()))) {
            return "a release tagged " + tag + ", not a compiled release (tagged [\"compiled\"])" + HINT;
        }
        return null;
    }
}
