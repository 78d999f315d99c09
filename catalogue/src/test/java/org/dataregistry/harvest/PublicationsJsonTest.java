package org.dataregistry.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CatalogueTest
class PublicationsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheOriginalsFieldsInTheOriginalsOrderCompactly() throws Exception {
        long id = fixtures.publication(
                "Compras Públicas",
                "public",
                true,
                "country_en",
                "Mexico",
                "country_es",
                "México",
                "language_en",
                "Spanish",
                "language_es",
                "Español",
                "region",
                "LAC",
                "update_frequency",
                "MONTHLY",
                "source_url",
                "https://example.org/ocds",
                "source_id",
                "mexico_cp",
                "retrieval_frequency",
                "WEEKLY",
                "frozen",
                true,
                // The publication's own dates override the job's on its page, but not here.
                "date_from",
                LocalDate.of(1999, 1, 1),
                "date_to",
                LocalDate.of(1999, 12, 31));
        fixtures.activeJob(
                id,
                "date_from",
                LocalDate.of(2020, 1, 1),
                "date_to",
                LocalDate.of(2024, 12, 31),
                "coverage",
                "{\"/ocid\": 3, \"\": 3, \"/tender/\": 2}");

        assertThat(body(get("/publications.json")))
                .isEqualTo("[{\"id\":" + id + ",\"title\":\"Compras Públicas\","
                        + "\"country\":\"Mexico\",\"region\":\"LAC\",\"language\":\"Spanish\",\"update_frequency\":\"MONTHLY\","
                        + "\"source_url\":\"https://example.org/ocds\",\"source_id\":\"mexico_cp\","
                        + "\"retrieval_frequency\":\"WEEKLY\",\"last_retrieved\":\"2026-11-01\",\"frozen\":true,"
                        + "\"date_from\":\"2020-01-01\",\"date_to\":\"2024-12-31\","
                        + "\"coverage\":{\"\":3,\"/ocid\":3,\"/tender/\":2}}]");
    }

    @Test
    void unsetRegionAndRetrievalFrequencyAreEmptyStringsAsInTheOriginal() throws Exception {
        fixtures.visible("Plain");

        JsonNode listed = list(get("/publications.json")).get(0);

        assertThat(listed.get("region").isString()).isTrue();
        assertThat(listed.get("region").asString()).isEmpty();
        assertThat(listed.get("retrieval_frequency").asString()).isEmpty();
        assertThat(listed.get("update_frequency").asString()).isEqualTo("UNKNOWN");
        assertThat(listed.get("date_from").isNull()).isTrue();
        assertThat(listed.get("coverage").isObject()).isTrue();
        assertThat(listed.get("coverage").size()).isZero();
    }

    @Test
    void theLanguagePrefixTranslatesCountryAndLanguageWithEnglishFallback() throws Exception {
        fixtures.publication(
                "Both",
                "public",
                true,
                "no_data_rationale_en",
                "None yet",
                "country_en",
                "Mexico",
                "country_es",
                "México",
                "country_ru",
                "Мексика",
                "language_en",
                "Spanish",
                "language_es",
                "Español");
        fixtures.publication(
                "English only",
                "public",
                true,
                "no_data_rationale_en",
                "None yet",
                "country_en",
                "Chile",
                "language_en",
                "Spanish");

        JsonNode spanish = list(get("/es/publications.json"));
        assertThat(spanish.get(0).get("country").asString()).isEqualTo("México");
        assertThat(spanish.get(0).get("language").asString()).isEqualTo("Español");
        assertThat(spanish.get(1).get("country").asString()).isEqualTo("Chile");
        assertThat(spanish.get(1).get("language").asString()).isEqualTo("Spanish");

        JsonNode russian = list(get("/ru/publications.json"));
        assertThat(russian.get(0).get("country").asString()).isEqualTo("Мексика");
        assertThat(russian.get(0).get("language").asString()).isEqualTo("Spanish");

        assertThat(list(get("/en/publications.json")).get(0).get("country").asString())
                .isEqualTo("Mexico");
        assertThat(list(get("/publications.json")).get(0).get("country").asString())
                .isEqualTo("Mexico");
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() throws Exception {
        fixtures.publication("Госзакупки", "public", true, "no_data_rationale_en", "Not yet", "country_en", "Россия");

        MvcResult result = mvc.perform(get("/publications.json")).andReturn();

        byte[] bytes = result.getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"title\":\"Госзакупки\"")
                .contains("\"country\":\"Россия\"")
                .doesNotContain("\\u");
    }

    @Test
    void anonymousCallersSeeOnlyVisiblePublicationsInIdOrder() throws Exception {
        long first = fixtures.visible("With data");
        fixtures.publication("Not public", "no_data_rationale_en", "Gone");
        long notPublicWithData = fixtures.publication("Not public, with data");
        fixtures.activeJob(notPublicWithData);
        fixtures.publication("Public, neither data nor rationale", "public", true);
        long rationale = fixtures.publication(
                "Public, rationale", "public", true, "no_data_rationale_en", "The publisher stopped");
        long last = fixtures.visible("With data too");

        JsonNode listed = list(get("/publications.json"));

        assertThat(ids(listed)).containsExactly(first, rationale, last);
        JsonNode withoutData = listed.get(1);
        assertThat(withoutData.get("date_from").isNull()).isTrue();
        assertThat(withoutData.get("date_to").isNull()).isTrue();
        assertThat(withoutData.get("last_retrieved").isNull()).isTrue();
        assertThat(withoutData.get("coverage").isNull()).isTrue();
    }

    @Test
    void signedInCallersSeeEveryPublication() throws Exception {
        long visible = fixtures.visible("With data");
        long hidden = fixtures.publication("Not public");
        long noData = fixtures.publication("Public, neither data nor rationale", "public", true);

        JsonNode listed = list(get("/publications.json").principal(() -> "admin"));

        assertThat(ids(listed)).containsExactly(visible, hidden, noData);
        assertThat(ids(list(get("/es/publications.json").principal(() -> "admin"))))
                .containsExactly(visible, hidden, noData);
    }

    @Test
    void anyWebPageMayReadItAsUtf8Json() throws Exception {
        MvcResult result = mvc.perform(get("/publications.json")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");
        assertThat(result.getResponse().getContentAsString()).isEqualTo("[]");
    }

    @Test
    void aClientRevalidatesWithTheWeakEtagAndGetsNotModified() throws Exception {
        long id = fixtures.visible("With data", "coverage", "{\"\": 1}");

        MvcResult first = mvc.perform(get("/publications.json")).andReturn();
        String etag = first.getResponse().getHeader("ETag");

        assertThat(etag).startsWith("W/\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        MvcResult again = mvc.perform(get("/publications.json").header("If-None-Match", etag))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

        fixtures.update(id, "frozen", true);
        MvcResult changed = mvc.perform(get("/publications.json").header("If-None-Match", etag))
                .andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(mvc.perform(get("/es/publications.json").header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another language is another document")
                .isEqualTo(200);
    }

    @Test
    void thousandsOfPublicationsWithHundredsOfCoveragePathsAreListedQuickly() throws Exception {
        jdbc.sql("""
                INSERT INTO publication (title, source_id, public, country_en)
                SELECT 'Publication ' || g, 'spider_' || g, true, 'Country ' || g FROM generate_series(1, 5000) g
                """).update();
        jdbc.sql("""
                INSERT INTO job (publication_id, status, start, "end", coverage)
                SELECT p.id, 'COMPLETED', now(), now(),
                       (SELECT jsonb_object_agg('/awards[]/items[]/path' || k || '/', k * p.id)
                        FROM generate_series(1, 300) k)
                FROM publication p
                """).update();
        jdbc.sql("UPDATE publication p SET active_job_id = j.id FROM job j WHERE j.publication_id = p.id")
                .update();

        long start = System.nanoTime();
        MvcResult result = mvc.perform(get("/publications.json")).andReturn();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        JsonNode listed = JSON.readTree(result.getResponse().getContentAsByteArray());
        assertThat(listed.size()).isEqualTo(5000);
        assertThat(listed.get(4999).get("coverage").size()).isEqualTo(300);
        // 54 MB in about 3 s on a busy 2-core machine (a second of it in PostgreSQL); the bound leaves room.
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
        JsonNode listed = JSON.readTree(body(request));
        assertThat(listed.isArray()).isTrue();
        return listed;
    }

    private static List<Long> ids(JsonNode listed) {
        List<Long> ids = new ArrayList<>();
        listed.forEach(publication -> ids.add(publication.get("id").asLong()));
        return ids;
    }
}
