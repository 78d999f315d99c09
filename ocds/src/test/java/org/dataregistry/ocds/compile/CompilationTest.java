package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.ReadNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CompilationTest {

    /** Two releases of one OCID whose tenderers, organizations with ids, merge differently in OCDS 1.0 and 1.1. */
    private static final String TENDERERS = """
            "releases": [
              {"ocid": "ocds-%1$s", "id": "1", "date": "2020-01-01T00:00:00Z", "tag": ["tender"],
               "tender": {"tenderers": [{"id": "t1", "name": "First"}]}},
              {"ocid": "ocds-%1$s", "id": "2", "date": "2020-02-01T00:00:00Z", "tag": ["tenderUpdate"],
               "tender": {"tenderers": [{"id": "t2", "name": "Second"}]}}
            ]""";

    @TempDir
    Path spill;

    @Test
    void anOcidWhosePackagesAllDeclareOcds10OrNoVersionIsCompiledWithOcds10Rules() {
        List<JsonNode> compiled = compile(
                CompileSettings.defaults(spill),
                "{" + TENDERERS.formatted("10") + ", \"version\": \"1.0\"}",
                "{" + TENDERERS.formatted("none") + "}",
                "{\"version\": \"1.1\", " + TENDERERS.formatted("11") + "}");

        assertThat(compiled)
                .extracting(release -> release.at("/tender/tenderers").size())
                .as("ocds-10 and ocds-none: the latest list; ocds-11: merged by id")
                .containsExactly(1, 2, 1);
    }

    @Test
    void anOcidWithReleasesOutsideOcds10PackagesIsCompiledWithOcds11Rules() {
        List<JsonNode> compiled = compile(
                CompileSettings.defaults(spill),
                "{" + TENDERERS.formatted("a").replace("ocds-a\", \"id\": \"2\"", "ocds-b\", \"id\": \"2\"") + "}",
                """
                {"ocid": "ocds-a", "id": "3", "date": "2020-03-01T00:00:00Z", "tender": {"tenderers": [{"id": "t3"}]}}
                """);

        assertThat(compiled.getFirst().at("/tender/tenderers"))
                .as("a bare release is OCDS 1.1")
                .hasSize(2);
    }

    @Test
    void aSchemaGivenByTheCallerCompilesEveryOcidWhateverThePackagesDeclare() {
        List<JsonNode> compiled = compile(
                CompileSettings.defaults(spill).withSchema(OcdsVersionRules.ocds10()),
                "{\"version\": \"1.1\", " + TENDERERS.formatted("11") + "}");

        assertThat(compiled.getFirst().at("/tender/tenderers")).hasSize(1);
    }

    @Test
    void theOcdsVersionOfEachPackageSurvivesTheSortSpillingToDisk() {
        StringBuilder ocds10 = new StringBuilder("{\"releases\": [");
        StringBuilder ocds11 = new StringBuilder("{\"version\": \"1.1\", \"releases\": [");
        for (int i = 0; i < 500; i++) {
            String separator = i == 0 ? "" : ",";
            ocds10.append(separator)
                    .append(TENDERERS
                            .formatted("x" + i)
                            .replaceFirst("\"releases\": \\[", "")
                            .replaceFirst("]$", ""));
            ocds11.append(separator)
                    .append(TENDERERS
                            .formatted("y" + i)
                            .replaceFirst("\"releases\": \\[", "")
                            .replaceFirst("]$", ""));
        }
        String[] inputs = {ocds11 + "]}", ocds10 + "]}"};

        List<JsonNode> inMemory = compile(CompileSettings.defaults(spill), inputs);
        List<JsonNode> spilled = compile(CompileSettings.defaults(spill).withSortMemory(16 * 1024), inputs);

        assertThat(spilled).isEqualTo(inMemory).hasSize(1000);
        assertThat(spilled.getFirst().at("/tender/tenderers"))
                .as("ocds-x0, OCDS 1.0")
                .hasSize(1);
        assertThat(spilled.getLast().at("/tender/tenderers"))
                .as("ocds-y99, OCDS 1.1")
                .hasSize(2);
    }

    @Test
    void anOcidWithMoreReleasesThanTheLimitIsCompiledFromItsLatestAndTheListenerHearsHowManyWereSkipped() {
        Heard heard = new Heard();
        List<JsonNode> compiled = new ArrayList<>();

        new Compilation(CompileSettings.defaults(spill).withMaxReleasesPerOcid(2))
                .run(
                        sources("""
                {"ocid": "ocds-a", "id": "3", "date": "2020-03-01T00:00:00Z", "title": "third"}
                {"ocid": "ocds-a", "id": "1", "date": "2020-01-01T00:00:00Z", "title": "first", "buyer": {"name": "b"}}
                {"ocid": "ocds-a", "id": "2", "date": "2020-02-01T00:00:00Z", "title": "second"}
                """),
                        heard,
                        (ocid, date, json) -> compiled.add(OcdsJson.mapper().readTree(json)));

        assertThat(compiled.getFirst().get("title").stringValue()).isEqualTo("third");
        assertThat(compiled.getFirst().has("buyer")).isFalse();
        assertThat(heard.events)
                .containsExactly(
                        "read 3", "all read: 3 releases, 0 without ocid", "skipped 1 of ocds-a (limit 2)", "done 1");
    }

    @Test
    void whatIsSkippedOrCannotBeCompiledGoesToTheListenerAndTheTotals() {
        Heard heard = new Heard();
        List<String> dates = new ArrayList<>();

        CompileTotals totals = new Compilation(CompileSettings.defaults(spill))
                .run(sources("""
                {"version": "1.1", "releases": [
                  {"id": "no ocid"},
                  {"ocid": "ocds-a", "id": "1", "date": "2020-01-01T00:00:00Z"},
                  {"ocid": "ocds-a", "id": "2"},
                  {"ocid": "ocds-b", "id": "1", "date": "2021-01-01T00:00:00Z", "awards": [{"id": "x"}, {"id": "x"}]}
                ]}
                """), heard, (ocid, date, json) -> dates.add(ocid + " " + date));

        assertThat(totals).isEqualTo(new CompileTotals(3, 1, 1, 1));
        assertThat(dates).containsExactly("ocds-b 2021-01-01T00:00:00Z");
        assertThat(heard.events).contains("skipped without ocid", "all read: 3 releases, 1 without ocid", "done 2");
        assertThat(heard.events).anyMatch(event -> event.startsWith("not compiled: OCID ocds-a can't be compiled"));
        assertThat(heard.events).contains("warnings of ocds-b: [DuplicateIdValue[path=awards, id=x]]");
    }

    @Test
    void versionedReleasesAreWrittenOnRequest() {
        List<JsonNode> versioned = compile(
                CompileSettings.defaults(spill).withVersioned(true),
                "{\"version\": \"1.1\", " + TENDERERS.formatted("11") + "}");

        assertThat(versioned
                        .getFirst()
                        .at("/tender/tenderers/0/name/0/releaseID")
                        .stringValue())
                .isEqualTo("1");
    }

    private List<JsonNode> compile(CompileSettings settings, String... inputs) {
        List<JsonNode> compiled = new ArrayList<>();
        new Compilation(settings)
                .run(
                        sources(inputs),
                        new CompileListener() {},
                        (ocid, date, json) -> compiled.add(OcdsJson.mapper().readTree(json)));
        return compiled;
    }

    private List<CompileSource> sources(String... inputs) {
        List<CompileSource> sources = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            byte[] bytes = inputs[i].getBytes(StandardCharsets.UTF_8);
            String name = "input-" + i + ".json";
            sources.add(options -> OcdsReader.open(new ByteArrayInputStream(bytes), name, options));
        }
        return sources;
    }

    /** What a listener heard, in order. */
    private static final class Heard implements CompileListener {

        final List<String> events = new ArrayList<>();

        @Override
        public void skippedWithoutOcid(ReadNote note) {
            events.add("skipped without ocid");
        }

        @Override
        public void releaseRead(long releasesRead) {
            events.add("read " + releasesRead);
            if (releasesRead > 1) {
                events.remove("read " + (releasesRead - 1));
            }
        }

        @Override
        public void allRead(long releases, long withoutOcid) {
            events.add("all read: " + releases + " releases, " + withoutOcid + " without ocid");
        }

        @Override
        public void releasesSkipped(String ocid, long skipped, int limit) {
            events.add("skipped " + skipped + " of " + ocid + " (limit " + limit + ")");
        }

        @Override
        public void mergeWarnings(String ocid, List<MergeWarning> warnings) {
            events.add("warnings of " + ocid + ": " + warnings);
        }

        @Override
        public void notCompiled(CompileOutcome.NotCompiled outcome) {
            events.add("not compiled: " + outcome.message());
        }

        @Override
        public void ocidDone(long ocidsDone) {
            events.add("done " + ocidsDone);
            if (ocidsDone > 1) {
                events.remove("done " + (ocidsDone - 1));
            }
        }
    }
}
