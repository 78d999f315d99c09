package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataregistry.ocds.compile.BothForms.compile;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Merge behaviour per the OCDS merge rules, beyond the published test vectors. */
class MergerTest {

    private final Merger merger = Merger.ocds11();

    @Test
    void identifiedObjectsMergeByIdInOrderOfFirstAppearance() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "b", "title": "B"}, {"id": "a", "title": "A"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "a", "status": "active"}, {"id": "c"}]}
                """));

        assertThat(compiled.get("awards")).isEqualTo(json("""
                [{"id": "b", "title": "B"}, {"id": "a", "title": "A", "status": "active"}, {"id": "c"}]"""));
    }

    @Test
    void objectsWithoutIdAreAppendedNeverMerged() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": {"milestones": [{"title": "x"}, {"id": null, "title": "y"}]}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tender": {"milestones": [{"title": "x"}]}}
                """));

        assertThat(compiled.at("/tender/milestones")).isEqualTo(json("""
                [{"title": "x"}, {"title": "y"}, {"title": "x"}]"""));
    }

    @Test
    void integerAndStringIdsAreDifferentObjects() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": 1, "title": "number"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "1", "title": "string"}, {"id": 1.5}]}
                """));

        assertThat(compiled.get("awards")).isEqualTo(json("""
                [{"id": 1, "title": "number"}, {"id": "1", "title": "string"}, {"id": 1.5}]"""));
    }

    @Test
    void nullRemovesAFieldAndALaterValueRestoresIt() {
        List<ObjectNode> releases = releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": {"title": "T", "status": "active"}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tender": {"title": null}}
                """);

        assertThat(compile(merger, releases).get("tender")).isEqualTo(json("{\"status\": \"active\"}"));
        releases.add(release("{\"ocid\": \"o\", \"id\": \"3\", \"date\": \"2003\", \"tender\": {\"title\": \"U\"}}"));
        assertThat(compile(merger, releases).get("tender"))
                .isEqualTo(json("{\"title\": \"U\", \"status\": \"active\"}"));
    }

    @Test
    void wholeListIsReplacedEvenByAnEmptyList() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "parties": [{"id": "p", "roles": ["buyer", "payer"]}],
                 "tender": {"submissionMethod": ["written"]}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "parties": [{"id": "p", "roles": ["supplier"]}],
                 "tender": {"submissionMethod": []}}
                """));

        assertThat(compiled.at("/parties/0/roles")).isEqualTo(json("[\"supplier\"]"));
        assertThat(compiled.at("/tender/submissionMethod")).isEqualTo(json("[]"));
    }

    @Test
    void emptyIdentifiedArrayAndEmptyObjectChangeNothing() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a"}], "planning": {"rationale": "r"}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [], "planning": {}}
                """));

        assertThat(compiled.get("awards")).isEqualTo(json("[{\"id\": \"a\"}]"));
        assertThat(compiled.get("planning")).isEqualTo(json("{\"rationale\": \"r\"}"));
    }

    @Test
    void arrayOfNonObjectsIsMergedWholeWhateverTheSchema() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "custom": [{"id": 1}, "a"]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "custom": [{"id": 2}, "b"]}
                """));

        assertThat(compiled.get("custom")).isEqualTo(json("[{\"id\": 2}, \"b\"]"));
    }

    @Test
    void emptyIdentifiedArraysAddNoVersionsAndEmptyObjectsLeaveNothing() {
        List<ObjectNode> releases = releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [], "planning": {"budget": {}}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "a", "title": "A"}]}
                """, """
                {"ocid": "o", "id": "3", "date": "2003", "awards": []}
                """);

        assertThat(compile(merger, releases.subList(0, 1))).isEqualTo(json("""
                {"tag": ["compiled"], "id": "o-2001", "date": "2001", "ocid": "o"}"""));
        assertThat(merger.version(releases)).isEqualTo(json("""
                {"ocid": "o", "awards": [{"id": "a", "title": [
                  {"releaseID": "2", "releaseDate": "2002", "releaseTag": null, "value": "A"}]}]}"""));
    }

    @Test
    void emptyWholeListIsAValueThatIsKeptAndVersioned() {
        List<ObjectNode> releases = releases("""
                {"ocid": "o", "id": "1", "date": "2001", "parties": [{"id": "p", "additionalIdentifiers": []}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "parties": [{"id": "p", "additionalIdentifiers": [{"id": "x"}]}]}
                """, """
                {"ocid": "o", "id": "3", "date": "2003", "parties": [{"id": "p", "additionalIdentifiers": []}]}
                """);

        assertThat(compile(merger, releases.subList(0, 1)).get("parties"))
                .isEqualTo(json("[{\"id\": \"p\", \"additionalIdentifiers\": []}]"));
        assertThat(merger.version(releases).at("/parties/0/additionalIdentifiers"))
                .extracting(version -> version.get("value").toString())
                .containsExactly("[]", "[{\"id\":\"x\"}]", "[]");
    }

    @Test
    void laterObjectWithAnIdMergesIntoItsFirstAppearanceAndObjectsWithoutIdFollowInOrder() {
        ObjectNode compiled = compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "x"}, {"title": "1"}, {"title": "2"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"title": "3"}, {"id": "a", "title": "y"}]}
                """));

        assertThat(compiled.get("awards")).isEqualTo(json("""
                [{"id": "a", "title": "y"}, {"title": "1"}, {"title": "2"}, {"title": "3"}]"""));
    }

    @Test
    void schemaRulesApplyInsideArraysAndWholeListsAreTakenAsPublished() {
        Merger customRules = new Merger(MergeRules.fromSchema(json("""
                {"properties": {
                  "identified": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "secret": {"type": "string", "omitWhenMerged": true}}}},
                  "whole": {"type": "array", "wholeListMerge": true, "items": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "secret": {"type": "string", "omitWhenMerged": true}}}},
                  "anonymous": {"type": "array", "items": {"type": "object", "properties": {"key": {}}}},
                  "object": {"type": "object", "wholeListMerge": true, "properties": {
                    "a": {}, "b": {}, "secret": {"type": "string", "omitWhenMerged": true}}}
                }}""")));

        MergedRelease merged = customRules.merge(releases("""
                {"ocid": "o", "id": "1", "date": "2001", "identified": [{"id": 1, "secret": "s"}],
                 "whole": [{"id": 1, "secret": "s"}, {"id": 1}], "anonymous": [{"key": 1}, {"key": 2}],
                 "object": {"a": "a", "secret": "s"}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "anonymous": [], "object": {"b": "b"}}
                """), true, true);

        assertThat(merged.compiledRelease()).isEqualTo(json("""
                {"tag": ["compiled"], "id": "o-2002", "date": "2002", "ocid": "o", "identified": [{"id": 1}],
                 "whole": [{"id": 1, "secret": "s"}, {"id": 1}], "anonymous": [], "object": {"a": "a", "b": "b"}}"""));
        assertThat(merged.versionedRelease().get("identified")).isEqualTo(json("[{\"id\": 1}]"));
        assertThat(merged.versionedRelease().at("/whole/0/value")).isEqualTo(json("""
                [{"id": 1, "secret": "s"}, {"id": 1}]"""));
        assertThat(merged.warnings()).isEmpty();
    }

    @Test
    void releasesAreMergedInDateOrderStableForEqualDates() {
        MergedRelease merged = merger.merge(releases("""
                {"ocid": "o", "id": "3", "date": "2003", "title": "third"}
                """, """
                {"ocid": "o", "id": "1", "date": "2001", "title": "first", "description": "d1"}
                """, """
                {"ocid": "o", "id": "2a", "date": "2002", "description": "d2a"}
                """, """
                {"ocid": "o", "id": "2b", "date": "2002", "description": "d2b"}
                """), true, false);

        assertThat(merged.compiledRelease()).isEqualTo(json("""
                {"tag": ["compiled"], "id": "o-2003", "date": "2003", "ocid": "o", "title": "third", "description": "d2b"}"""));
        assertThat(merged.warnings()).containsExactly(new MergeWarning.RepeatedDateValue("2002", 2));
    }

    @Test
    void duplicateIdsWarnWithThePathAndLaterFieldsWin() {
        MergedRelease merged = merger.merge(releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [
                  {"id": "a", "suppliers": [{"id": "s", "name": "first"}, {"id": "s", "name": "second"}, {"id": "s"}]},
                  {"id": "a", "title": "again"}]}
                """), true, false);

        assertThat(merged.compiledRelease().get("awards")).isEqualTo(json("""
                [{"id": "a", "suppliers": [{"id": "s", "name": "second"}], "title": "again"}]"""));
        assertThat(merged.warnings())
                .containsExactly(
                        new MergeWarning.DuplicateIdValue("awards.suppliers", "s"),
                        new MergeWarning.DuplicateIdValue("awards.suppliers", "s"),
                        new MergeWarning.DuplicateIdValue("awards", "a"));
        assertThat(merged.warnings().getFirst().message())
                .isEqualTo("Multiple objects have the `id` value 's' in the `awards.suppliers` array");
    }

    @Test
    void appendOverrideNeverMergesAnArraysObjects() {
        Merger appending = new Merger(MergeRules.ocds11().withArrayStrategy(List.of("awards"), ArrayStrategy.APPEND));

        ObjectNode compiled = compile(appending, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "x"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "a", "title": "y"}]}
                """));

        assertThat(compiled.get("awards"))
                .isEqualTo(json("[{\"id\": \"a\", \"title\": \"x\"}, {\"id\": \"a\", \"title\": \"y\"}]"));
    }

    @Test
    void mergeByPositionOverrideIgnoresIdsAndKeepsTheFirstId() {
        Merger byPosition =
                new Merger(MergeRules.ocds11().withArrayStrategy(List.of("awards"), ArrayStrategy.MERGE_BY_POSITION));

        ObjectNode compiled = compile(byPosition, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "x"}, {"id": "b"}]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "awards": [{"id": "c", "title": "y"}]}
                """));

        assertThat(compiled.get("awards")).isEqualTo(json("[{\"id\": \"a\", \"title\": \"y\"}, {\"id\": \"b\"}]"));
    }

    @Test
    void mergeByPositionKeepsObjectsWithARepeatedIdApartAndStillWarns() {
        Merger byPosition =
                new Merger(MergeRules.ocds11().withArrayStrategy(List.of("awards"), ArrayStrategy.MERGE_BY_POSITION));
        String release = """
                {"ocid": "o", "id": "1", "date": "2001", "awards": [{"id": "a", "title": "x"}, {"id": "a", "title": "y"}]}
                """;

        MergedRelease merged = byPosition.merge(releases(release, release), true, false);

        assertThat(merged.compiledRelease().get("awards")).isEqualTo(json("""
                [{"id": "a", "title": "x"}, {"id": "a", "title": "y"}]"""));
        assertThat(merged.warnings())
                .filteredOn(MergeWarning.DuplicateIdValue.class::isInstance)
                .hasSize(2);
        assertThat(compile(merger, releases(release)).get("awards"))
                .isEqualTo(json("[{\"id\": \"a\", \"title\": \"y\"}]"));
    }

    @Test
    void omittedFieldsAndReleaseIdentityAreNotMerged() {
        Merger customRules = new Merger(MergeRules.fromSchema(json("""
                {"properties": {"secret": {"type": "string", "omitWhenMerged": true}}}""")));

        MergedRelease merged = customRules.merge(releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tag": ["tender"], "secret": "s", "title": "t"}
                """), true, true);

        assertThat(merged.compiledRelease()).isEqualTo(json("""
                {"tag": ["compiled"], "id": "o-2001", "date": "2001", "ocid": "o", "title": "t"}"""));
        assertThat(merged.versionedRelease()).isEqualTo(json("""
                {"ocid": "o", "title": [{"releaseID": "1", "releaseDate": "2001", "releaseTag": ["tender"], "value": "t"}]}"""));
    }

    @Test
    void versionedValueIsAddedOnlyWhenTheValueChanges() {
        ObjectNode versioned = merger.version(releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tag": ["tender"], "tender": {"value": {"amount": 1.0}}}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tag": ["tenderUpdate"], "tender": {"value": {"amount": 1.00}}}
                """, """
                {"ocid": "o", "id": "3", "date": "2003", "tag": ["tenderUpdate"], "tender": {"value": {"amount": 2}}}
                """));

        assertThat(versioned.at("/tender/value/amount"))
                .extracting(version -> version.get("releaseID").stringValue())
                .containsExactly("1", "3");
    }

    @Test
    void singleReleaseNeedsNoDate() {
        ObjectNode compiled = compile(merger, releases("{\"ocid\": \"o\", \"id\": \"1\", \"title\": \"t\"}"));

        assertThat(compiled)
                .isEqualTo(json("{\"tag\": [\"compiled\"], \"id\": \"o-None\", \"ocid\": \"o\", \"title\": \"t\"}"));
    }

    @Test
    void noReleasesGiveOnlyTheCompiledTag() {
        MergedRelease merged = merger.merge(List.of(), true, true);

        assertThat(merged.compiledRelease()).isEqualTo(json("{\"tag\": [\"compiled\"]}"));
        assertThat(merged.versionedRelease()).isEqualTo(json("{}"));
    }

    @Test
    void severalReleasesNeedStringDates() {
        assertMergeError(MergeError.MISSING_DATE_KEY, 1, "{\"ocid\": \"o\", \"date\": \"2001\"}", "{\"ocid\": \"o\"}");
        assertMergeError(
                MergeError.NULL_DATE_VALUE,
                0,
                "{\"ocid\": \"o\", \"date\": null}",
                "{\"ocid\": \"o\", \"date\": \"2001\"}");
        assertMergeError(
                MergeError.NON_STRING_DATE_VALUE,
                1,
                "{\"ocid\": \"o\", \"date\": \"2001\"}",
                "{\"ocid\": \"o\", \"date\": 2002}");
    }

    @Test
    void booleanIdCannotBeMerged() {
        assertMergeError(
                MergeError.NON_STRING_NON_NUMBER_ID_VALUE,
                1,
                "{\"ocid\": \"o\", \"date\": \"2001\"}",
                "{\"ocid\": \"o\", \"date\": \"2002\", \"awards\": [{\"id\": true}]}");
    }

    @Test
    void objectBelowALiteralIsAnInconsistentType() {
        assertThatThrownBy(() -> compile(merger, releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": "closed"}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tender": {"status": "active"}}
                """)))
                .isInstanceOfSatisfying(MergeException.class, e -> {
                    assertThat(e.error()).isEqualTo(MergeError.INCONSISTENT_TYPE);
                    assertThat(e)
                            .hasMessage("An earlier release had \"closed\" for /tender, but the current release "
                                    + "has an object with a 'status' key");
                });
    }

    @Test
    void literalAfterAnObjectIsDroppedAndInputIsNotModified() {
        List<ObjectNode> releases = releases("""
                {"ocid": "o", "id": "1", "date": "2001", "tender": {"status": "active"}, "list": ["x"]}
                """, """
                {"ocid": "o", "id": "2", "date": "2002", "tender": "closed", "list": [{"id": "y"}]}
                """);
        String before = releases.toString();

        ObjectNode compiled = compile(merger, releases);

        assertThat(compiled.get("tender")).isEqualTo(json("{\"status\": \"active\"}"));
        assertThat(compiled.get("list")).isEqualTo(json("[\"x\", {\"id\": \"y\"}]"));
        assertThat(releases.toString()).isEqualTo(before);
    }

    private void assertMergeError(MergeError error, int index, String... releases) {
        assertThatThrownBy(() -> compile(merger, releases(releases)))
                .isInstanceOfSatisfying(MergeException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.releaseIndex()).isEqualTo(index);
                });
    }

    private static List<ObjectNode> releases(String... releases) {
        List<ObjectNode> list = new ArrayList<>();
        for (String release : releases) {
            list.add(release(release));
        }
        return list;
    }

    private static ObjectNode release(String json) {
        return (ObjectNode) json(json);
    }

    private static JsonNode json(String json) {
        return OcdsJson.mapper().readTree(json);
    }
}
