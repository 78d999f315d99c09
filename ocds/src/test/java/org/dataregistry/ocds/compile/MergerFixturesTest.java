package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.ocds.SameJson.assertSameJsonNumbersByValue;
import static org.dataregistry.ocds.compile.BothForms.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReleaseItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The merge test vectors of ocdsmerge, the OCDS standard's merging example, and ocdskit's real data. */
class MergerFixturesTest {

    private final Merger merger = Merger.ocds11();

    /** The ocdsmerge 1.1 vectors: {@code <name>.json} releases, {@code -compiled.json} and {@code -versioned.json}. */
    static Stream<String> ocdsmergeVectors() {
        return Stream.of(
                "simple",
                "string-list",
                "lists",
                "mergeid",
                "unit",
                "contextual",
                "initial-null",
                "null",
                "empty-object",
                "fill-object");
    }

    @ParameterizedTest
    @MethodSource("ocdsmergeVectors")
    void compiledReleaseMatchesOcdsmerge(String name) {
        List<ObjectNode> releases = Fixtures.objects("merge/" + name + ".json");

        assertThat(compile(merger, releases)).isEqualTo(Fixtures.json("merge/" + name + "-compiled.json"));
    }

    @ParameterizedTest
    @MethodSource("ocdsmergeVectors")
    void versionedReleaseMatchesOcdsmerge(String name) {
        List<ObjectNode> releases = Fixtures.objects("merge/" + name + ".json");

        assertThat(merger.version(releases)).isEqualTo(Fixtures.json("merge/" + name + "-versioned.json"));
    }

    @Test
    void standardMergingExampleCompilesAsPublished() throws IOException {
        List<ObjectNode> releases = releasesOf(
                "merge/standard-updates/tender1.json",
                "merge/standard-updates/tender2.json",
                "merge/standard-updates/tender3.json",
                "merge/standard-updates/award1.json",
                "merge/standard-updates/award2.json");

        MergedRelease merged = merger.merge(releases, true, true);

        assertThat(merged.compiledRelease())
                .isEqualTo(Fixtures.json("merge/standard-updates/merged.json").at("/records/0/compiledRelease"));
        assertThat(merged.versionedRelease())
                .isEqualTo(
                        Fixtures.json("merge/standard-updates/versioned.json").at("/records/0/versionedRelease"));
    }

    /*
     * These packages declare no version, so they are OCDS 1.0, and ocdskit compiled them with the
     * 1.0 release schema, in which organizations have no id: tenderers and suppliers are whole lists.
     * ocdskit read the decimals as floats (1311264.00 became 1311264.0); the merger keeps them as published.
     */
    @Test
    void realOcds10PackagesCompileAsOcdskitCompilesThemWithThe10Schema() throws IOException {
        Merger ocds10 =
                new Merger(MergeRules.fromSchemaFile(Fixtures.path("schema/release-schema-1__0-merge-excerpt.json")));

        assertSameJsonNumbersByValue(
                compile(ocds10, releasesOf("realdata/release-package-1.json")),
                Fixtures.json("realdata/compiled-release-1.json"));
        assertSameJsonNumbersByValue(
                compile(ocds10, releasesOf("realdata/release-package-2.json")),
                Fixtures.json("realdata/compiled-release-2.json"));
        assertSameJsonNumbersByValue(
                ocds10.version(releasesOf("realdata/release-package-1.json")),
                Fixtures.json("realdata/versioned-release-1.json"));
    }

    @Test
    void ocds11RulesAppendTheIdlessOrganizationsOfOcds10Data() throws IOException {
        ObjectNode compiled = compile(merger, releasesOf("realdata/release-package-2.json"));

        assertThat(compiled.at("/tender/tenderers")).hasSize(2);
        assertThat(Fixtures.json("realdata/compiled-release-2.json").at("/tender/tenderers"))
                .hasSize(1);
    }

    private static List<ObjectNode> releasesOf(String... fixtures) throws IOException {
        List<ObjectNode> releases = new ArrayList<>();
        for (String fixture : fixtures) {
            Path path = Fixtures.path(fixture);
            try (OcdsReader reader = OcdsReader.open(path)) {
                reader.forEachRemaining((ReleaseItem item) -> releases.add(item.release()));
            }
        }
        return releases;
    }
}
