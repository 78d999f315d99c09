package org.dataregistry.ocds.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merging releases from their JSON text gives what merging their trees gives, including where one
 * pass over the text cannot decide alone (the merger then falls back to the trees).
 */
class MergerTextTest {

    private final Merger merger = Merger.ocds11();

    @Test
    void repeatedFieldKeepsTheLastValueAsTheTreeDoes() {
        assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": {"title": "T"}, "tender": {"status": "active"}}
                """);
        assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "x", "title": "y"}]}
                """);
    }

    @Test
    void repeatedIdDecidesTheKeyByItsLastValue() {
        assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "A"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "b", "status": "active", "id": "a"}]}
                """);
    }

    @Test
    void arrayWithAnObjectThenALiteralIsOneValue() {
        assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": {"items": [{"id": "1"}, "loose"]}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tender": {"items": [{"id": "2"}]}}
                """);
    }

    @Test
    void idAfterOtherFieldsStillIdentifiesTheObject() {
        ObjectNode compiled = assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "parties": [{"name": "A", "address": {"x": 1}, "id": "p1"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "parties": [{"roles": ["buyer"], "id": "p1"}, {"name": "B"}]}
                """);

        assertThat(compiled.get("parties").toString())
                .isEqualTo(
                        "[{\"id\":\"p1\",\"name\":\"A\",\"address\":{\"x\":1},\"roles\":[\"buyer\"]},{\"name\":\"B\"}]");
    }

    @Test
    void literalsKeepTheirTypes() {
        ObjectNode compiled = assertTextMergesAsTrees("""
                {"ocid": "o", "id": "1", "date": "2001", "a": 1, "b": 12345678901, "c": 123456789012345678901234,
                 "d": 1.50, "e": 1e400, "f": true, "g": false, "h": "\\u00e9\\ud800", "i": [1, 2.0, "x", null, {"y": 1}]}
                """);

        assertThat(compiled.get("d").toString()).isEqualTo("1.50");
    }

    @Test
    void releaseWithoutAStringDateIsMergedFromItsTree() {
        assertTextMergesAsTrees("{\"ocid\": \"o\", \"id\": \"1\", \"date\": 2001, \"title\": \"t\"}");
        assertTextMergesAsTrees("{\"ocid\": \"o\", \"id\": \"1\", \"title\": \"t\"}");
    }

    /** Merges the releases from text and from trees, checks both agree, and returns the compiled release. */
    private ObjectNode assertTextMergesAsTrees(String... releases) {
        List<ReleaseText> texts = new ArrayList<>();
        List<ObjectNode> trees = new ArrayList<>();
        for (String release : releases) {
            texts.add(BothForms.text(release.getBytes(UTF_8)));
            trees.add((ObjectNode) OcdsJson.mapper().readTree(release));
        }
        MergedRelease fromTrees = merger.merge(trees, true, false);
        MergedRelease fromText = merger.compileText(texts);

        assertThat(fromText.compiledRelease().toString())
                .isEqualTo(fromTrees.compiledRelease().toString());
        assertThat(fromText.warnings()).isEqualTo(fromTrees.warnings());
        return fromText.compiledRelease();
    }
}
