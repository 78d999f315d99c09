package org.dataregistry.ocds.compile;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataregistry.ocds.compile.MergeRule.OMIT;
import static org.dataregistry.ocds.compile.MergeRule.WHOLE_LIST;

import org.dataregistry.ocds.Fixtures;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

    @Test
    void ocds11RulesAreThoseOfTheReleaseSchema() {
        assertThat(MergeRules.ocds11().asMap())
                .containsOnly(
                        entry("awards.amendment.changes", WHOLE_LIST),
                        entry("awards.amendments.changes", WHOLE_LIST),
                        entry("awards.items.additionalClassifications", WHOLE_LIST),
                        entry("awards.suppliers.additionalIdentifiers", WHOLE_LIST),
                        entry("buyer.additionalIdentifiers", WHOLE_LIST),
                        entry("contracts.amendment.changes", WHOLE_LIST),
                        entry("contracts.amendments.changes", WHOLE_LIST),
                        entry("contracts.implementation.transactions.payee.additionalIdentifiers", WHOLE_LIST),
                        entry("contracts.implementation.transactions.payer.additionalIdentifiers", WHOLE_LIST),
                        entry("contracts.items.additionalClassifications", WHOLE_LIST),
                        entry("contracts.relatedProcesses.relationship", WHOLE_LIST),
                        entry("date", OMIT),
                        entry("id", OMIT),
                        entry("parties.additionalIdentifiers", WHOLE_LIST),
                        entry("parties.roles", WHOLE_LIST),
                        entry("relatedProcesses.relationship", WHOLE_LIST),
                        entry("tag", OMIT),
                        entry("tender.additionalProcurementCategories", WHOLE_LIST),
                        entry("tender.amendment.changes", WHOLE_LIST),
                        entry("tender.amendments.changes", WHOLE_LIST),
                        entry("tender.items.additionalClassifications", WHOLE_LIST),
                        entry("tender.procuringEntity.additionalIdentifiers", WHOLE_LIST),
                        entry("tender.submissionMethod", WHOLE_LIST),
                        entry("tender.tenderers.additionalIdentifiers", WHOLE_LIST));
    }

    @Test
    void ocds10SchemaFileGivesThe10RulesThroughRefsAndMergeStrategies() {
        MergeRules rules = MergeRules.fromSchemaFile(Fixtures.path("schema/release-schema-1__0-merge-excerpt.json"));

        assertThat(rules.asMap())
                .containsOnly(
                        entry("awards.amendment.changes", WHOLE_LIST),
                        entry("awards.items.additionalClassifications", WHOLE_LIST),
                        entry("awards.suppliers", WHOLE_LIST),
                        entry("buyer.additionalIdentifiers", WHOLE_LIST),
                        entry("contracts.amendment.changes", WHOLE_LIST),
                        entry("contracts.items.additionalClassifications", WHOLE_LIST),
                        entry("date", OMIT),
                        entry("id", OMIT),
                        entry("ocid", OMIT),
                        entry("tag", OMIT),
                        entry("tender.amendment.changes", WHOLE_LIST),
                        entry("tender.items.additionalClassifications", WHOLE_LIST),
                        entry("tender.procuringEntity.additionalIdentifiers", WHOLE_LIST),
                        entry("tender.submissionMethod", WHOLE_LIST),
                        entry("tender.tenderers", WHOLE_LIST));
    }

    @Test
    void omitSupersedesWholeListAndWholeListSupersedesNestedRules() {
        MergeRules rules = rulesOf("""
                {"properties": {
                  "a": {"type": "array", "omitWhenMerged": true, "wholeListMerge": true},
                  "b": {"type": "array", "wholeListMerge": true,
                        "items": {"type": "object", "properties": {"id": {}, "c": {"omitWhenMerged": true}}}},
                  "d": {"type": "object", "wholeListMerge": true, "properties": {"e": {"omitWhenMerged": true}}},
                  "f": {"type": "string", "omitWhenMerged": false}
                }}
                """);

        assertThat(rules.asMap()).containsOnly(entry("a", OMIT), entry("b", WHOLE_LIST), entry("d.e", OMIT));
    }

    @Test
    void arraysOfNonObjectsOrOfObjectsWithoutIdAreWholeLists() {
        MergeRules rules = rulesOf("""
                {"properties": {
                  "strings": {"type": "array", "items": {"type": "string"}},
                  "mixed": {"type": "array", "items": {"type": ["object", "string"], "properties": {"id": {}}}},
                  "anonymous": {"type": "array", "items": {"type": "object", "properties": {"name": {}}}},
                  "identified": {"type": "array", "items": {"type": "object", "properties": {"id": {}, "name": {}}}}
                }}
                """);

        assertThat(rules.asMap())
                .containsOnly(entry("strings", WHOLE_LIST), entry("mixed", WHOLE_LIST), entry("anonymous", WHOLE_LIST));
    }

    @Test
    void cyclicRefsEndInsteadOfLooping() {
        MergeRules rules = rulesOf("""
                {"properties": {"node": {"$ref": "#/definitions/Node"}},
                 "definitions": {"Node": {"type": "object", "properties": {
                   "child": {"$ref": "#/definitions/Node"}, "skip": {"omitWhenMerged": true}}}}}
                """);

        assertThat(rules.asMap()).containsOnlyKeys("node.skip");
    }

    @Test
    void nonLocalRefIsRejected() {
        assertThatThrownBy(() -> rulesOf("{\"properties\": {\"a\": {\"$ref\": \"https://example.com/s.json\"}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://example.com/s.json");
    }

    private static MergeRules rulesOf(String schema) {
        return MergeRules.fromSchema(OcdsJson.mapper().readTree(schema));
    }
}
