package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public page of one publication, and what it adds to the original's page: coverage and per-year charts. */
@CatalogueTest
class PublicationPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publicationsTheVisitorMayNotSeeAreNotFound() throws Exception {
        long draft = fixtures.publication("Draft");
        fixtures.activeJob(draft);
        long empty = fixtures.publication("Empty", "public", true);

        for (String path : new String[] {
            "/publication/" + draft,
            "/publication/" + empty,
            "/es/publication/99999",
            "/publication/abc",
            "/publication/99999999999999999999999"
        }) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        }
        Document notFound = Jsoup.parse(mvc.perform(get("/es/publication/" + draft))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(notFound.select("h1").text()).isEqualTo("Error 404");
        assertThat(notFound.select(".lead").text()).isEqualTo("Esa publicación no existe o no es pública.");
    }

    @Test
    void signedInVisitorsSeeAnyPublicationAndAreTold() throws Exception {
        long draft = fixtures.publication("Draft");

        Document page = page(get("/publication/" + draft).principal(() -> "admin"));

        assertThat(page.select("h1").text()).isEqualTo("Draft (You are logged in)");
    }

    @Test
    void headerHasCountryTitleDescriptionAndTheLongDescriptionBehindShowMore() throws Exception {
        long id = fixtures.visible("Public procurement");
        fixtures.update(
                id,
                "country_en",
                "Ukraine",
                "country_es",
                "Ucrania",
                "country_flag",
                "ua.svg",
                "description_en",
                "All \"open\" tenders.",
                "description_long_en",
                "More *details*.");

        Document page = page(get("/es/publication/" + id));

        assertThat(page.title()).isEqualTo("Ucrania: Public procurement | Registro de Datos");
        assertThat(page.select("h1").text()).isEqualTo("Ucrania: Public procurement");
        // Untranslated fields fall back to English; quotes are typographic, as the original's Markdown renders them.
        assertThat(page.select(".publication__header .lead").html()).isEqualTo("<p>All “open” tenders.</p>");
        assertThat(page.select("details.more summary").text()).isEqualTo("Mostrar más");
        assertThat(page.select("details.more .prose").html()).isEqualTo("<p>More <em>details</em>.</p>");
        assertThat(page.select("a[href=#access]")).hasSize(1);
    }

    @Test
    void overviewPrefersThePublicationsOwnValuesToTheJobs() throws Exception {
        long license = jdbc.sql("""
                        INSERT INTO license (name_en, name_es, description_en, url)
                        VALUES ('CC BY 4.0', 'CC BY 4.0 (es)', 'You may **share**.', 'https://creativecommons.org/licenses/by/4.0/')
                        RETURNING id""").query(Long.class).single();
        long id = fixtures.visible(
                "Contracts",
                "date_from",
                LocalDate.of(2018, 2, 1),
                "date_to",
                LocalDate.of(2024, 6, 30),
                "ocid_prefix",
                "ocds-job",
                "publication_policy",
                "https://job.example/policy",
                "license",
                "https://job.example/license");
        fixtures.update(
                id,
                "date_from",
                LocalDate.of(2016, 1, 1),
                "ocid_prefix",
                "ocds-own",
                "license_id",
                license,
                "update_frequency",
                "UNKNOWN",
                "language_en",
                "Spanish",
                "source_url",
                "https://source.example/api",
                "retrieval_frequency",
                "NEVER");

        Element overview = page(get("/publication/" + id)).selectFirst("section[aria-labelledby=overview]");

        assertThat(fact(overview, "Data date range"))
                .isEqualTo("Jan 2016 – Jun 2024 This dataset is no longer updated by the publisher");
        assertThat(fact(overview, "Update frequency")).isEqualTo("-");
        assertThat(fact(overview, "Last retrieved")).isEqualTo("Nov 1, 2026");
        assertThat(fact(overview, "Main language")).isEqualTo("Spanish");
        assertThat(fact(overview, "OCID prefix")).isEqualTo("ocds-own");
        assertThat(fact(overview, "Publication policy")).isEqualTo("https://job.example/policy");
        assertThat(overview.select("dd a[href=https://creativecommons.org/licenses/by/4.0/]")
                        .text())
                .isEqualTo("CC BY 4.0");
        assertThat(overview.select("a[href=https://job.example/license]")).isEmpty();
        assertThat(overview.select("details.explain .prose").html())
                .isEqualTo("<p>You may <strong>share</strong>.</p>");
        assertThat(overview.select("a[href=https://source.example/api]")).hasSize(1);
        assertThat(overview.select("a[href$=/kingfisher_scrapy/spiders/" + source(id) + ".py]"))
                .hasSize(1);
    }

    @Test
    void withoutItsOwnLicenseThePageShowsTheDatasAndDashesForTheUnknown() throws Exception {
        long id = fixtures.visible("Contracts", "license", "https://job.example/license");
        fixtures.update(id, "source_url", "https://source.example/api", "collector", "HTTP");

        Element overview = page(get("/publication/" + id)).selectFirst("section[aria-labelledby=overview]");

        assertThat(overview.select("a[href=https://job.example/license]")).hasSize(1);
        assertThat(fact(overview, "Publication policy")).isEqualTo("-");
        assertThat(fact(overview, "OCID prefix")).isEqualTo("-");
        assertThat(fact(overview, "Main language")).isEqualTo("-");
        // Downloaded by the registry itself: no Kingfisher Collect spider to point at.
        assertThat(overview.select("a[href*=kingfisher_scrapy]")).isEmpty();
    }

    @Test
    void dataAvailableCardsTickWhatTheDataHasWithTheLanguagesNumbers() throws Exception {
        long id = fixtures.visible(
                "Contracts",
                "parties_count",
                12_345,
                "awards_count",
                7,
                "awards_suppliers_count",
                9,
                "awards_items_count",
                0,
                "contracts_count",
                0);

        Element section = page(get("/es/publication/" + id)).selectFirst("section[aria-labelledby=data-available]");

        assertThat(section.select(".data-card--yes h3").eachText())
                .containsExactly("✓ Partes disponible", "✓ Adjudicaciones disponible");
        assertThat(section.select(".data-card").get(0).select("dd").text()).isEqualTo("12.345");
        assertThat(section.select(".data-card").get(3).select("dl").text())
                .isEqualTo("Adjudicaciones 7 Proveedores 9 Artículos adjudicados 0");
        assertThat(section.select(".data-card")).hasSize(8);
    }

    @Test
    void aPublicationNotRetrievedSaysSoAndWhyThereIsNoData() throws Exception {
        long id = fixtures.publication(
                "Offline",
                "public",
                true,
                "frozen",
                true,
                "no_data_rationale_en",
                "The portal has been *offline* since 2023.",
                "additional_data_en",
                "Awards only.");

        Document page = page(get("/publication/" + id));

        assertThat(page.select("section[aria-labelledby=data-available] p")
                        .first()
                        .text())
                .isEqualTo("This publication has not been retrieved yet.");
        assertThat(page.select(".callout .prose").first().html()).isEqualTo("<p>Awards only.</p>");
        assertThat(page.select("#access").text()).isEqualTo("Data not available");
        assertThat(page.select(".callout--warning .prose").html())
                .isEqualTo("<p>The portal has been <em>offline</em> since 2023.</p>");
        assertThat(page.select(".access")).isEmpty();
        assertThat(page.select("section[aria-labelledby=coverage]")).isEmpty();
    }

    @Test
    void qualityShowsTheSummaryAndWhenItWasReviewed() throws Exception {
        long id = fixtures.visible("Reviewed");
        fixtures.update(id, "summary_en", "Dates are *missing*.", "last_reviewed", LocalDate.of(2025, 3, 14));
        long unreviewed = fixtures.visible("Unreviewed");

        Element quality = page(get("/publication/" + id)).selectFirst("section[aria-labelledby=quality]");
        assertThat(quality.select(".prose").html()).isEqualTo("<p>Dates are <em>missing</em>.</p>");
        assertThat(quality.select(".muted").text()).isEqualTo("Last reviewed: Mar 2025");

        assertThat(page(get("/publication/" + unreviewed))
                        .select("section[aria-labelledby=quality] p")
                        .text())
                .isEqualTo("There is no summary of the quality of this data yet.");
    }

    @Test
    void accessListsTheActiveJobsFilesByFormatYearsLatestFirstWithSizes() throws Exception {
        long id = fixtures.visible("Files");
        long job = activeJob(id);
        fixtures.exportFile(job, "full.jsonl.gz", 2_600_000);
        fixtures.exportFile(job, "2019.jsonl.gz", 500);
        fixtures.exportFile(job, "2021.jsonl.gz", 1_500_000);
        fixtures.exportFile(job, "undated.jsonl.gz", 10);
        fixtures.exportFile(job, "full.csv.tar.gz", 10);
        fixtures.exportFile(job, "full.jsonl.gz.tmp-123", 10);
        long older = fixtures.completedJob(id);
        fixtures.exportFile(older, "2010.jsonl.gz", 10);

        Element access = page(get("/publication/" + id)).selectFirst(".access");

        Element json = access.select(".access__column").get(0);
        assertThat(json.select("li").eachText())
                .containsExactly("All time 3 MB", "2021 2 MB", "2019 < 1 MB", "Date unknown < 1 MB");
        assertThat(json.select("a").first().attr("href"))
                .isEqualTo("/en/publication/" + id + "/download?name=full.jsonl.gz");
        Element excel = access.select(".access__column").get(1);
        assertThat(excel.select("li")).isEmpty();
        assertThat(excel.text()).doesNotContain("Files not yet available.");
        Element csv = access.select(".access__column").get(2);
        assertThat(csv.select("li").eachText()).containsExactly("All time < 1 MB");
        assertThat(csv.text()).contains("Files not yet available.");
    }

    @Test
    void structuredDataDescribesTheDatasetAndItsDownloads() throws Exception {
        long id = fixtures.visible(
                "Contracts",
                "date_from",
                LocalDate.of(2018, 2, 1),
                "date_to",
                LocalDate.of(2024, 6, 30),
                "license",
                "https://job.example/license");
        fixtures.update(id, "country_en", "Chile", "language_en", "Spanish", "country_flag", "cl.svg");
        long job = activeJob(id);
        fixtures.exportFile(job, "full.jsonl.gz", 2_000_000);
        fixtures.exportFile(job, "2020.csv.tar.gz", 10);

        Document page = page(get("/es/publication/" + id));
        JsonNode dataset = JsonMapper.builder()
                .build()
                .readTree(page.select("script[type=application/ld+json]").html());

        assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
        assertThat(dataset.get("name").asString()).isEqualTo("OCDS data for Chile: Contracts");
        assertThat(dataset.get("url").asString()).isEqualTo("http://localhost/es/publication/" + id);
        assertThat(dataset.get("sameAs").asString()).isEqualTo("http://localhost/en/publication/" + id);
        assertThat(dataset.get("temporalCoverage").asString()).isEqualTo("2018-02-01/2024-06-30");
        assertThat(dataset.get("license").asString()).isEqualTo("https://job.example/license");
        assertThat(dataset.get("inLanguage").asString()).isEqualTo("Spanish");
        assertThat(dataset.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(dataset.get("distribution")).hasSize(1);
        JsonNode download = dataset.get("distribution").get(0);
        assertThat(download.get("encodingFormat").asString()).isEqualTo("application/jsonlines");
        assertThat(download.get("contentSize").asString()).isEqualTo("2 MB");
        assertThat(download.get("contentUrl").asString())
                .isEqualTo("http://localhost/es/publication/" + id + "/download?name=full.jsonl.gz");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Chile: Contracts");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost/es/publication/" + id);
    }

    @Test
    void withoutBothDatesThereIsNoTemporalCoverage() throws Exception {
        long id = fixtures.visible("Contracts", "date_from", LocalDate.of(2018, 2, 1));

        JsonNode dataset = JsonMapper.builder()
                .build()
                .readTree(page(get("/publication/" + id))
                        .select("script[type=application/ld+json]")
                        .html());

        assertThat(dataset.has("temporalCoverage")).isFalse();
        assertThat(dataset.has("sameAs")).isFalse();
    }

    @Test
    void coverageChartsShowTheShareOfReleasesAndOfAwardsWithEachField() throws Exception {
        long id = fixtures.visible("Covered", "coverage", """
                {"": 200, "/parties": 199, "/buyer": 150, "/tender": 200, "/tender/value": 1, "/awards": 40,
                 "/awards[]/": 50, "/awards[]/suppliers": 50, "/awards[]/value": 25}""");

        Document page = page(get("/publication/" + id));

        assertThat(page.select(".chart figcaption").eachText())
                .containsExactly("Share of the 200 compiled releases that have…", "Share of the 50 awards that have…");
        Element releases = page.select(".chart").first();
        assertThat(releases.select("svg").attr("role")).isEqualTo("img");
        assertThat(releases.select("tr").eachText())
                .contains(
                        "Buyer 75% 150 / 200",
                        "Tender 100% 200 / 200",
                        "Tender value 1% 1 / 200",
                        "Parties >99% 199 / 200",
                        "Planning 0% 0 / 200",
                        "Awards 20% 40 / 200");
        assertThat(page.select(".chart").get(1).select("tr").eachText())
                .contains("Suppliers 100% 50 / 50", "Value 50% 25 / 50");
    }

    @Test
    void releasesByYearChartComesFromWhatTheExporterRecorded() throws Exception {
        long id = fixtures.visible(
                "Yearly",
                "coverage",
                "{\"\": 6}",
                "context",
                "{\"exported_releases\": {\"full.jsonl.gz\": 6, \"2019.jsonl.gz\": 1, \"2021.jsonl.gz\": 4, \"undated.jsonl.gz\": 1}}");

        Element chart = page(get("/publication/" + id)).select(".chart").last();

        assertThat(chart.select("figcaption").text()).isEqualTo("Compiled releases by year");
        assertThat(chart.select("tr").eachText())
                .containsExactly("2019 1 2019: 1", "2021 4 2021: 4", "Date unknown 1 Date unknown: 1");
    }

    @Test
    void theContactLinkNamesThePublication() throws Exception {
        long id = fixtures.visible("Compras públicas");

        assertThat(page(get("/publication/" + id)).select(".contact a").attr("href"))
                .isEqualTo(
                        "mailto:data@open-contracting.org?subject=data.open-contracting.org%20Support%20Request%20re:%20"
                                + "Compras%20p%C3%BAblicas");
    }

    private long activeJob(long publication) {
        return jdbc.sql("SELECT active_job_id FROM publication WHERE id = :p")
                .param("p", publication)
                .query(Long.class)
                .single();
    }

    private String source(long publication) {
        return jdbc.sql("SELECT source_id FROM publication WHERE id = :p")
                .param("p", publication)
                .query(String.class)
                .single();
    }

    private static String fact(Element facts, String term) {
        return facts.select("dt").stream()
                .filter(dt -> dt.text().equals(term))
                .findFirst()
                .orElseThrow()
                .nextElementSibling()
                .text();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
