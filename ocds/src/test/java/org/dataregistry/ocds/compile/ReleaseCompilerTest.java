package org.dataregistry.ocds.compile;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCompilerTest {

    @TempDir
    Path dir;

    private final ReleaseCompiler compiler = new ReleaseCompiler(Merger.ocds11(), true);

    @Test
    void eachOcidOfASortedStreamIsCompiledInTurn() throws IOException {
        Path file = write("sorted.jsonl", """
                {"ocid": "ocds-a", "id": "1", "date": "2001-01-01T00:00:00Z", "tag": ["tender"], "title": "A1"}
                {"ocid": "ocds-a", "id": "2", "date": "2002-01-01T00:00:00Z", "tag": ["tenderUpdate"], "title": "A2"}
                {"ocid": "ocds-b", "id": "1", "date": "2001-01-01T00:00:00Z", "tag": ["tender"], "title": "B1"}
                """);

        List<CompileOutcome> outcomes = compile(file, true);

        assertThat(outcomes)
                .hasSize(2)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(CompileOutcome.Compiled.class));
        CompileOutcome.Compiled a = (CompileOutcome.Compiled) outcomes.getFirst();
        assertThat(a.compiledRelease().get("id").stringValue()).isEqualTo("ocds-a-2002-01-01T00:00:00Z");
        assertThat(a.compiledRelease().get("title").stringValue()).isEqualTo("A2");
        assertThat(a.versionedRelease().get("title")).hasSize(2);
        assertThat(a.basis()).isEqualTo(CompileOutcome.Basis.MERGED);
        assertThat(outcomes.get(1).ocid()).isEqualTo("ocds-b");
    }

    @Test
    void unsortedStreamIsRejectedNamingTheRelease() throws IOException {
        Path file = write("unsorted.jsonl", """
                {"ocid": "ocds-b", "id": "1", "date": "2001"}
                {"ocid": "ocds-a", "id": "1", "date": "2001"}
                {"ocid": "ocds-b", "id": "2", "date": "2002"}
                """);

        assertThatThrownBy(() -> compile(file, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ocds-a (" + file + ":2:1) comes after ocds-b");
    }

    @Test
    void inMemoryGroupingAcceptsAnyOrder() throws IOException {
        Path file = write("unsorted.jsonl", """
                {"ocid": "ocds-b", "id": "1", "date": "2001", "title": "old"}
                {"ocid": "ocds-a", "id": "1", "date": "2001"}
                {"ocid": "ocds-b", "id": "2", "date": "2002", "title": "new"}
                """);

        List<CompileOutcome> outcomes = compile(file, false);

        assertThat(outcomes).extracting(CompileOutcome::ocid).containsExactly("ocds-b", "ocds-a");
        assertThat(((CompileOutcome.Compiled) outcomes.getFirst())
                        .compiledRelease()
                        .get("title")
                        .stringValue())
                .isEqualTo("new");
    }

    @Test
    void recordWithOnlyLinkedReleasesGivesItsPublishedCompiledRelease() throws IOException {
        List<CompileOutcome> outcomes = compile(Fixtures.path("realdata/record-package_1.1.json"), true);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(CompileOutcome.Compiled.class, compiled -> {
            assertThat(compiled.basis()).isEqualTo(CompileOutcome.Basis.PUBLISHED);
            assertThat(compiled.compiledRelease())
                    .isEqualTo(Fixtures.json("realdata/record-package_1.1.json").at("/records/0/compiledRelease"));
            assertThat(compiled.versionedRelease()).isNull();
        });
    }

    @Test
    void recordWithLinkedReleasesAndNoCompiledReleaseIsNotCompiled() throws IOException {
        Path file = write("linked.json", """
                {"records": [{"ocid": "ocds-a", "releases": [{"url": "http://example.com/1", "date": "2001", "tag": ["tender"]},
                  {"ocid": "ocds-a", "id": "2", "date": "2002", "tag": ["award"], "initiationType": "tender"}]}]}
                """);

        assertThat(compile(file, true))
                .singleElement()
                .isInstanceOfSatisfying(
                        CompileOutcome.NotCompiled.class,
                        notCompiled -> assertThat(notCompiled.message())
                                .startsWith(
                                        "OCID ocds-a can't be compiled: its record links to releases and has no compiledRelease"));
    }

    @Test
    void releaseWithoutDateAmongSeveralIsNotCompiledNamingItsPosition() throws IOException {
        Path file = write("undated.jsonl", """
                {"ocid": "ocds-a", "id": "1", "date": "2001"}
                {"ocid": "ocds-a", "id": "2"}
                {"ocid": "ocds-b", "id": "1"}
                """);

        List<CompileOutcome> outcomes = compile(file, true);

        assertThat(outcomes.getFirst()).isInstanceOfSatisfying(CompileOutcome.NotCompiled.class, notCompiled -> {
            assertThat(notCompiled.error()).isEqualTo(MergeError.MISSING_DATE_KEY);
            assertThat(notCompiled.position()).isEqualTo(new SourcePosition(file.toString(), 2, 1));
            assertThat(notCompiled.message())
                    .isEqualTo("OCID ocds-a can't be compiled: Release at index 1 is missing a " + "`date` field ("
                            + file + ":2:1)");
        });
        assertThat(outcomes.get(1)).isInstanceOf(CompileOutcome.Compiled.class);
    }

    @Test
    void warningSummaryCountsDuplicateIdsByPathAndRepeatedDatesByDate() throws IOException {
        Path file = write("warnings.jsonl", """
                {"ocid": "ocds-a", "id": "1", "date": "2001", "parties": [{"id": "p"}, {"id": "p"}], "awards": [{"id": 1}, {"id": 1}]}
                {"ocid": "ocds-a", "id": "2", "date": "2001"}
                {"ocid": "ocds-b", "id": "1", "date": "2001", "parties": [{"id": "q"}, {"id": "q"}, {"id": "q"}]}
                {"ocid": "ocds-b", "id": "2", "date": "2001"}
                """);
        WarningSummary summary = new WarningSummary();

        compile(file, true).forEach(summary::add);

        assertThat(summary.duplicateIdsByPath()).containsExactly(entry("awards", 1L), entry("parties", 3L));
        assertThat(summary.repeatedDatesByDate()).containsExactly(entry("2001", 2L));
    }

    private List<CompileOutcome> compile(Path file, boolean sorted) throws IOException {
        List<CompileOutcome> outcomes = new ArrayList<>();
        try (OcdsReader reader = OcdsReader.open(file)) {
            Iterator<List<ReleaseItem>> groups = sorted ? OcidGroups.sorted(reader) : OcidGroups.inMemory(reader);
            compiler.compile(groups).forEachRemaining(outcomes::add);
        }
        return outcomes;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
