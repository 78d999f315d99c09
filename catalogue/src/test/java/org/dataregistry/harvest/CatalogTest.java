package org.dataregistry.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.dataregistry.publication.UpdateFrequency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CatalogueTest
class CatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isADcatCatalogueInJsonLdWithItsPrefixes() throws Exception {
        MvcResult result = mvc.perform(get("/catalog.jsonld")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/ld+json;charset=UTF-8");
        JsonNode catalog = JSON.readTree(result.getResponse().getContentAsByteArray());
        assertThat(catalog.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalog.get("@context").get("dct").asString()).isEqualTo("http://purl.org/dc/terms/");
        assertThat(catalog.get("@context").get("foaf").asString()).isEqualTo("http://xmlns.com/foaf/0.1/");
        assertThat(catalog.get("@context").get("vcard").asString()).isEqualTo("http://www.w3.org/2006/vcard/ns#");
        assertThat(catalog.get("@context").get("xsd").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#");
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("@id").asString()).isEqualTo("http://localhost/catalog.jsonld");
        assertThat(tagged(catalog.get("dct:title")))
                .containsExactly(
                        Map.entry("en", "Data Registry"),
                        Map.entry("es", "Registro de Datos"),
                        Map.entry("ru", "Реестр данных"));
        assertThat(tagged(catalog.get("dct:description"))).containsOnlyKeys("en", "es", "ru");
        assertThat(catalog.get("dct:publisher").get("foaf:name").asString()).isEqualTo("Open Contracting Partnership");
        assertThat(catalog.get("foaf:homepage").get("@id").asString()).isEqualTo("http://localhost/");
        assertThat(ids(catalog.get("dct:language")))
                .containsExactly(EU + "language/ENG", EU + "language/SPA", EU + "language/RUS");
        assertThat(catalog.get("dcat:dataset").isArray()).isTrue();
        assertThat(catalog.get("dcat:dataset").size()).isZero();
    }

    @Test
    void describesEveryVisiblePublicationToEveryone() throws Exception {
        long withData = fixtures.visible("With data");
        long rationale = fixtures.publication("Rationale", "public", true, "no_data_rationale_en", "Stopped");
        long hidden = fixtures.publication("Not public");
        fixtures.activeJob(hidden);
        fixtures.publication("Public, neither data nor rationale", "public", true);

        assertThat(identifiers(catalog(get("/catalog.jsonld")))).containsExactly(dataset(withData), dataset(rationale));
        assertThat(identifiers(catalog(get("/catalog.jsonld").principal(() -> "admin"))))
                .containsExactly(dataset(withData), dataset(rationale));
    }

    @Test
    void textsAreTaggedInTheLanguagesTheyAreWrittenIn() throws Exception {
        long id = fixtures.publication(
                "Compras",
                "public",
                true,
                "no_data_rationale_en",
                "Stopped",
                "country_en",
                "Mexico",
                "country_es",
                "México",
                "description_en",
                "Public **procurement**.",
                "description_long_en",
                "More, in *detail*.",
                "description_ru",
                "Госзакупки.");

        JsonNode dataset = catalog(get("/catalog.jsonld")).get("dcat:dataset").get(0);

        assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.get("dct:identifier").asString()).isEqualTo(dataset(id));
        assertThat(tagged(dataset.get("dct:title")))
                .containsExactly(Map.entry("en", "Mexico: Compras"), Map.entry("es", "México: Compras"));
        assertThat(tagged(dataset.get("dct:description")))
                .containsExactly(
                        Map.entry("en", "Public procurement.\n\nMore, in detail."), Map.entry("ru", "Госзакупки."));
        assertThat(tagged(dataset.get("dct:spatial").get("rdfs:label")))
                .containsExactly(Map.entry("en", "Mexico"), Map.entry("es", "México"));
        assertThat(dataset.get("dcat:landingPage").get("@id").asString())
                .isEqualTo("http://localhost/en/publication/" + id);
        assertThat(dataset.get("dcat:keyword").get(0).get("@language").asString())
                .isEqualTo("en");
        assertThat(dataset.get("dcat:contactPoint")
                        .get("vcard:hasEmail")
                        .get("@id")
                        .asString())
                .isEqualTo("mailto:data@open-contracting.org");
        assertThat(dataset.has("dcat:distribution")).as("no data, no files").isFalse();
    }

    @Test
    void aCountryFlagNamesTheEuCountry() throws Exception {
        fixtures.publication(
                "Portugal",
                "public",
                true,
                "no_data_rationale_en",
                "Stopped",
                "country_flag",
                "pt.svg",
                "country_en",
                "Portugal");
        fixtures.publication(
                "England",
                "public",
                true,
                "no_data_rationale_en",
                "Stopped",
                "country_flag",
                "gb-eng.svg",
                "country_en",
                "England");

        JsonNode datasets = catalog(get("/catalog.jsonld")).get("dcat:dataset");

        assertThat(datasets.get(0).get("dct:spatial").get("@id").asString()).isEqualTo(EU + "country/PRT");
        assertThat(datasets.get(1).get("dct:spatial").has("@id")).isFalse();
        assertThat(datasets.get(1).get("dct:spatial").get("@type").asString()).isEqualTo("dct:Location");
    }

    @Test
    void datesComeFromThePublicationsOverridesElseItsActiveJob() throws Exception {
        long overridden = fixtures.visible(
                "Overridden", "date_from", LocalDate.of(2020, 1, 1), "date_to", LocalDate.of(2024, 12, 31));
        fixtures.update(overridden, "date_from", LocalDate.of(2021, 6, 1));
        fixtures.visible("From the job", "date_from", LocalDate.of(2019, 1, 1), "date_to", LocalDate.of(2023, 1, 1));
        fixtures.visible("Undated");

        JsonNode datasets = catalog(get("/catalog.jsonld")).get("dcat:dataset");

        JsonNode period = datasets.get(0).get("dct:temporal");
        assertThat(period.get("@type").asString()).isEqualTo("dct:PeriodOfTime");
        assertThat(period.get("dcat:startDate").get("@value").asString()).isEqualTo("2021-06-01");
        assertThat(period.get("dcat:startDate").get("@type").asString()).isEqualTo("xsd:date");
        assertThat(period.get("dcat:endDate").get("@value").asString()).isEqualTo("2024-12-31");
        assertThat(datasets.get(1)
                        .get("dct:temporal")
                        .get("dcat:startDate")
                        .get("@value")
                        .asString())
                .isEqualTo("2019-01-01");
        assertThat(datasets.get(2).has("dct:temporal")).isFalse();
    }

    @Test
    void modifiedIsWhenTheMetadataOrTheDataLastChanged() throws Exception {
        long id = fixtures.visible("With data");
        fixtures.update(id, "modified", OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        long edited = fixtures.visible("Edited since");
        fixtures.update(edited, "modified", OffsetDateTime.parse("2026-12-01T09:30:00.5Z"));

        JsonNode datasets = catalog(get("/catalog.jsonld")).get("dcat:dataset");

        assertThat(datasets.get(0).get("dct:modified").get("@value").asString())
                .isEqualTo(CatalogueFixtures.JOB_END.toString());
        assertThat(datasets.get(0).get("dct:modified").get("@type").asString()).isEqualTo("xsd:dateTime");
        assertThat(datasets.get(1).get("dct:modified").get("@value").asString()).isEqualTo("2026-12-01T09:30:00Z");
    }

    @Test
    void theLicenseIsTheCustomOnesElseTheOneTheDataNames() throws Exception {
        long license = jdbc.sql("INSERT INTO license (name_en, url) VALUES ('CC BY 4.0', "
                        + "'https://creativecommons.org/licenses/by/4.0/') RETURNING id")
                .query(Long.class)
                .single();
        long custom = fixtures.visible("Custom", "license", "https://example.org/data-license");
        fixtures.update(custom, "license_id", license);
        fixtures.visible("From the data", "license", "https://example.org/data-license");
        fixtures.visible("None");

        JsonNode datasets = catalog(get("/catalog.jsonld")).get("dcat:dataset");

        assertThat(datasets.get(0).get("dct:license").get("@id").asString())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(datasets.get(1).get("dct:license").get("@id").asString())
                .isEqualTo("https://example.org/data-license");
        assertThat(datasets.get(2).has("dct:license")).isFalse();
    }

    @Test
    void updateFrequenciesAreEuFrequencies() throws Exception {
        long monthly = fixtures.visible("Monthly");
        fixtures.update(monthly, "update_frequency", "MONTHLY");
        long halfYearly = fixtures.visible("Half-yearly");
        fixtures.update(halfYearly, "update_frequency", "HALF_YEARLY");
        fixtures.visible("Unknown");

        JsonNode datasets = catalog(get("/catalog.jsonld")).get("dcat:dataset");

        assertThat(datasets.get(0).get("dct:accrualPeriodicity").get("@id").asString())
                .isEqualTo(EU + "frequency/MONTHLY");
        assertThat(datasets.get(1).get("dct:accrualPeriodicity").get("@id").asString())
                .isEqualTo(EU + "frequency/ANNUAL_2");
        assertThat(datasets.get(2).get("dct:accrualPeriodicity").get("@id").asString())
                .isEqualTo(EU + "frequency/UNKNOWN");
        for (UpdateFrequency frequency : UpdateFrequency.values()) {
            assertThat(DcatCatalog.accrualPeriodicity(frequency)).startsWith(EU + "frequency/");
        }
        assertThat(DcatCatalog.accrualPeriodicity(UpdateFrequency.REAL_TIME)).isEqualTo(EU + "frequency/UPDATE_CONT");
    }

    @Test
    void eachFormatWithAFileOfAllReleasesIsADistribution() throws Exception {
        long id = fixtures.publication("Compras", "public", true, "country_en", "Mexico");
        long job = fixtures.activeJob(id, "license", "https://example.org/data-license");
        fixtures.exportFile(job, "full.jsonl.gz", 1234);
        fixtures.exportFile(job, "2020.jsonl.gz", 100);
        fixtures.exportFile(job, "full.csv.tar.gz", 2345);
        fixtures.exportFile(job, "2020.xlsx", 100);
        long oldJob = fixtures.completedJob(id);
        fixtures.exportFile(oldJob, "full.xlsx", 100);

        JsonNode distributions =
                catalog(get("/catalog.jsonld")).get("dcat:dataset").get(0).get("dcat:distribution");

        String download = "http://localhost/en/publication/" + id + "/download?name=";
        assertThat(distributions.size()).isEqualTo(2);
        JsonNode json = distributions.get(0);
        assertThat(json.get("@type").asString()).isEqualTo("dcat:Distribution");
        assertThat(json.get("dcat:downloadURL").get("@id").asString()).isEqualTo(download + "full.jsonl.gz");
        assertThat(json.get("dcat:accessURL").get("@id").asString()).isEqualTo(download + "full.jsonl.gz");
        assertThat(json.get("dcat:mediaType").get("@id").asString())
                .isEqualTo("http://www.iana.org/assignments/media-types/application/jsonlines");
        assertThat(json.get("dcat:compressFormat").get("@id").asString())
                .isEqualTo("http://www.iana.org/assignments/media-types/application/gzip");
        assertThat(json.get("dct:format").get("@id").asString()).isEqualTo(EU + "file-type/JSON");
        assertThat(json.get("dcat:byteSize").get("@value").asString()).isEqualTo("1234");
        assertThat(json.get("dcat:byteSize").get("@type").asString()).isEqualTo("xsd:nonNegativeInteger");
        assertThat(json.get("dct:license").get("@id").asString()).isEqualTo("https://example.org/data-license");
        JsonNode csv = distributions.get(1);
        assertThat(csv.get("dcat:downloadURL").get("@id").asString()).isEqualTo(download + "full.csv.tar.gz");
        assertThat(csv.get("dcat:mediaType").get("@id").asString())
                .isEqualTo("http://www.iana.org/assignments/media-types/text/csv");
        assertThat(csv.get("dcat:packageFormat").get("@id").asString()).isEqualTo(EU + "file-type/TAR");
        assertThat(csv.get("dcat:byteSize").get("@value").asString()).isEqualTo("2345");
    }

    @Test
    void everyPropertyIsAKeywordOrAPrefixOfTheContext() throws Exception {
        long id = fixtures.visible("Compras", "date_from", LocalDate.of(2020, 1, 1));
        fixtures.update(id, "description_en", "Public procurement.", "country_flag", "mx.svg");
        fixtures.exportFile(
                jdbc.sql("SELECT active_job_id FROM publication WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single(),
                "full.xlsx",
                10);

        JsonNode catalog = catalog(get("/catalog.jsonld"));

        Set<String> prefixes = Set.copyOf(catalog.get("@context").propertyNames());
        assertThat(prefixes).contains("rdfs");
        List<String> wrong = new ArrayList<>();
        checkTerms(catalog, prefixes, "", wrong);
        assertThat(wrong).isEmpty();
    }

    /** Every key is a JSON-LD keyword or a compact IRI of a declared prefix; every value object is well formed. */
    private static void checkTerms(JsonNode node, Set<String> prefixes, String path, List<String> wrong) {
        if (node.isArray()) {
            node.forEach(each -> checkTerms(each, prefixes, path + "[]", wrong));
            return;
        }
        if (!node.isObject() || path.equals("/@context")) {
            return;
        }
        if (node.has("@value")
                && (node.has("@id")
                        || node.size() > 2
                        || !(node.size() == 1 || node.has("@language") || node.has("@type")))) {
            wrong.add(path + " is not a value object");
        }
        for (String key : node.propertyNames()) {
            boolean keyword =
                    Set.of("@context", "@id", "@type", "@value", "@language").contains(key);
            boolean declared = key.contains(":") && prefixes.contains(key.substring(0, key.indexOf(':')));
            if (!keyword && !declared) {
                wrong.add(path + "/" + key);
            }
            if (key.equals("@type")
                    && node.get(key).isString()
                    && !node.get(key).asString().contains(":")) {
                wrong.add(path + "/@type " + node.get(key).asString());
            }
            checkTerms(node.get(key), prefixes, path + "/" + key, wrong);
        }
    }

    private JsonNode catalog(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static String dataset(long id) {
        return "http://localhost/en/publication/" + id + "#dataset";
    }

    private static List<String> identifiers(JsonNode catalog) {
        List<String> identifiers = new ArrayList<>();
        catalog.get("dcat:dataset").forEach(dataset -> {
            assertThat(dataset.get("@id").asString())
                    .isEqualTo(dataset.get("dct:identifier").asString());
            identifiers.add(dataset.get("dct:identifier").asString());
        });
        return identifiers;
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(node -> ids.add(node.get("@id").asString()));
        return ids;
    }

    /** Language-tagged values by language, in order. */
    private static Map<String, String> tagged(JsonNode values) {
        Map<String, String> tagged = new LinkedHashMap<>();
        values.forEach(value -> tagged.put(
                value.get("@language").asString(), value.get("@value").asString()));
        return tagged;
    }
}
