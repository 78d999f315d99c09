package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles releases both from their trees ({@link Merger#merge}) and from their JSON text
 * ({@link Merger#compileText}), checks that the two agree (fields in the same order, the same
 * warnings, or the same error), and returns the result.
 */
final class BothForms {

    private BothForms() {}

    static ObjectNode compile(Merger merger, List<ObjectNode> releases) {
        return merge(merger, releases).compiledRelease();
    }

    static MergedRelease merge(Merger merger, List<ObjectNode> releases) {
        List<ReleaseText> texts = new ArrayList<>();
        for (ObjectNode release : releases) {
            texts.add(text(OcdsJson.mapper().writeValueAsBytes(release)));
        }
        MergedRelease fromTrees;
        try {
            fromTrees = merger.merge(releases, true, false);
        } catch (MergeException treeError) {
            assertThatThrownBy(() -> merger.compileText(texts)).isInstanceOfSatisfying(MergeException.class, e -> {
                assertThat(e.error()).isEqualTo(treeError.error());
                assertThat(e.releaseIndex()).isEqualTo(treeError.releaseIndex());
                assertThat(e).hasMessage(treeError.getMessage());
            });
            throw treeError;
        }
        MergedRelease fromText = merger.compileText(texts);
        assertThat(fromText.compiledRelease().toString())
                .isEqualTo(fromTrees.compiledRelease().toString());
        assertThat(fromText.warnings()).isEqualTo(fromTrees.warnings());
        return fromTrees;
    }

    /** A release's text with its date read as the reader reads it: the top-level {@code date} if a string. */
    static ReleaseText text(byte[] json) {
        JsonNode date = OcdsJson.mapper().readTree(json).get("date");
        return new ReleaseText(json, date != null && date.isString() ? date.stringValue() : null);
    }
}
