package org.dataregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
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

@CatalogueTest
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Test
    void anonymousVisitorsSeeOnlyPublicPublicationsWithDataOrAReasonForNone() throws Exception {
        fixtures.visible("With data");
        fixtures.publication("With a rationale", "public", true, "no_data_rationale_en", "The portal is down.");
        fixtures.publication("Public without data", "public", true);
        long draft = fixtures.publication("Not public");
        fixtures.activeJob(draft);

        Document page = page(get("/search/"));

        assertThat(titles(page)).containsExactlyInAnyOrder("With data country: With data", "With a rationale");
        assertThat(page.select("h1 .signed-in")).isEmpty();
    }

    @Test
    void signedInVisitorsSeeEveryPublicationAndAreTold() throws Exception {
        fixtures.visible("With data");
        fixtures.publication("Public without data", "public", true);
        fixtures.publication("Not public");

        Document page = page(get("/search/").principal(() -> "admin"));

        assertThat(titles(page)).hasSize(3);
        assertThat(page.select("h1 .signed-in").text()).isEqualTo("(You are logged in)");
    }

    @Test
    void countriesAreInThePagesLanguageWithEnglishWhenUntranslated() throws Exception {
        long mexico = fixtures.visible("Compras");
        fixtures.update(mexico, "country_en", "Mexico", "country_es", "México");
        long chile = fixtures.visible("Mercado");
        fixtures.update(chile, "country_en", "Chile");

        Document spanish = page(get("/es/search/"));
        assertThat(titles(spanish)).containsExactly("Chile: Mercado", "México: Compras");
        assertThat(spanish.select("#filter-country option").eachText())
                .containsExactly("Todos los países", "Chile (1)", "México (1)");

        Document filtered = page(get("/es/search/").param("country", "México"));
        assertThat(titles(filtered)).containsExactly("México: Compras");
        assertThat(titles(page(get("/search/").param("country", "México")))).isEmpty();
    }

    @Test
    void resultsAreOrderedByCountryThenTitleAsTheLanguageSortsThem() throws Exception {
        for (String[] row : new String[][] {
            {"Zeta", "Uruguay", "Uruguay"},
            {"Alpha", "Iceland", "Íslandia"},
            {"Beta", "Estonia", "Estonia"},
            {"Gamma", "Estonia", "Estonia"}
        }) {
            long id = fixtures.visible(row[0]);
            fixtures.update(id, "country_en", row[1], "country_es", row[2]);
        }

        assertThat(titles(page(get("/search/"))))
                .containsExactly("Estonia: Beta", "Estonia: Gamma", "Iceland: Alpha", "Uruguay: Zeta");
        // A byte order would put "Í" after "U"; Spanish puts it with the I's.
        assertThat(titles(page(get("/es/search/"))))
                .containsExactly("Estonia: Beta", "Estonia: Gamma", "Íslandia: Alpha", "Uruguay: Zeta");
        assertThat(page(get("/es/search/")).select("#filter-country option").eachText())
                .containsExactly("Todos los países", "Estonia (2)", "Íslandia (1)", "Uruguay (1)");
    }

    @Test
    void aResultCardShowsWhatTheOriginalShows() throws Exception {
        long publication = fixtures.visible(
                "Public procurement", "date_from", LocalDate.of(2019, 3, 1), "date_to", LocalDate.of(2024, 11, 30));
        fixtures.update(
                publication,
                "country_en",
                "Ukraine",
                "country_flag",
                "ua.svg",
                "update_frequency",
                "DAILY",
                "retrieval_frequency",
                "MONTHLY",
                "description_en",
                "Data from **Prozorro**.");
        long job = activeJobOf(publication);
        fixtures.exportFile(job, "2024.jsonl.gz", 10);
        fixtures.exportFile(job, "full.xlsx", 10);

        Element card = page(get("/search/")).selectFirst(".result");

        assertThat(card.select("h2 a").attr("href")).isEqualTo("/en/publication/" + publication);
        assertThat(card.select("h2 a").text()).isEqualTo("Ukraine: Public procurement");
        assertThat(card.select("h2 img.flag").attr("src"))
                .startsWith("/webjars/flag-icons/")
                .endsWith("/flags/4x3/ua.svg");
        assertThat(card.select("h2 img.flag").attr("alt")).isEmpty();
        assertThat(card.select(".result__description").html()).contains("<strong>Prozorro</strong>");
        assertThat(card.select(".facts").text())
                .contains(
                        "Data date range Mar 2019 – Nov 2024",
                        "Update frequency Daily",
                        "Last retrieved Nov 2026 (retrieved monthly)");
        // Ticked when the format has files by year; a full Excel file alone does not tick Excel.
        assertThat(card.select(".format--yes").text()).isEqualTo("✓ JSON available");
        assertThat(card.select(".format--no").eachText())
                .containsExactly("✗ Excel not available", "✗ CSV not available");
    }

    @Test
    void aPublicationsOwnDatesWinOverItsJobsAndNoLongerUpdatedIsSaid() throws Exception {
        long publication = fixtures.visible("Archive", "date_from", LocalDate.of(2019, 3, 1));
        fixtures.update(publication, "date_from", LocalDate.of(2015, 1, 1), "retrieval_frequency", "NEVER");

        Element card = page(get("/search/")).selectFirst(".result");

        assertThat(card.select(".facts").text())
                .contains("Jan 2015 – –", "This dataset is no longer updated by the publisher")
                .doesNotContain("(retrieved");
    }

    @Test
    void aPublicationWithoutDataSaysSo() throws Exception {
        fixtures.publication("Offline", "public", true, "no_data_rationale_en", "The portal is down.");

        assertThat(page(get("/search/")).select(".result .facts").text()).contains("Not yet retrieved");
    }

    @Test
    void chosenFiltersAreBadgesThatRemoveThemselvesAndAllCanBeCleared() throws Exception {
        long publication = fixtures.visible("Europe");
        fixtures.update(publication, "region", "EU", "update_frequency", "MONTHLY");

        Document page = page(get("/es/search/").param("region", "EU").param("update_frequency", "MONTHLY"));

        assertThat(page.select(".badge").eachText()).containsExactly("Mensual ×", "Europa ×");
        assertThat(page.select(".badge").eachAttr("href"))
                .containsExactly("/es/search/?region=EU", "/es/search/?update_frequency=MONTHLY");
        assertThat(page.select(".badge").first().attr("aria-label")).isEqualTo("Quitar el filtro: Mensual");
        assertThat(page.select(".badges__clear").attr("href")).isEqualTo("/es/search/");
        assertThat(page.select("input[name=region][value=EU]").hasAttr("checked"))
                .isTrue();
        assertThat(page(get("/search/")).select(".badges")).isEmpty();
    }

    @Test
    void filtersFormWorksWithoutJavaScript() throws Exception {
        fixtures.visible("Europe");

        Document page = page(get("/ru/search/"));

        Element form = page.selectFirst("form#filters");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/ru/search/");
        assertThat(form.select("button[type=submit]")).hasSize(1);
        assertThat(form.select("input[name=region]")).hasSize(7);
        assertThat(form.select("input[name=update_frequency]")).hasSize(9);
        assertThat(form.select("input[name=counts]")).hasSize(8);
        assertThat(form.select("input[name=date_range]")).hasSize(5);
        // Every choice has a label (accessibility) in the page's language.
        assertThat(form.select("label[for=region-EU]").text()).isEqualTo("Европа (0)");
        assertThat(form.select("input[name=region][value=EU]").hasAttr("disabled"))
                .isTrue();
    }

    @Test
    void malformedParametersAreIgnored() throws Exception {
        fixtures.visible("Anything");

        Document page = page(get("/search/")
                .param("region", "XX")
                .param("date_range", "7Y")
                .param("counts", "foo")
                .param("page", "-3")
                .param("country", "x".repeat(10_000)));

        assertThat(titles(page)).hasSize(1);
        assertThat(page.select(".badges")).isEmpty();
    }

    @Test
    void noMatchSaysSo() throws Exception {
        Document page = page(get("/search/").param("region", "OC"));

        assertThat(page.select("#results-count").text()).isEqualTo("No publication matches these filters.");
        assertThat(page.select(".result")).isEmpty();
    }

    @Test
    void theResultsCountIsAnnounced() throws Exception {
        fixtures.visible("One");
        fixtures.visible("Two");

        Element count = page(get("/search/")).selectFirst("#results-count");

        assertThat(count.text()).isEqualTo("Showing 1–2 of 2 publications");
        assertThat(count.attr("role")).isEqualTo("status");
    }

    @Test
    void theCanonicalAddressHasNoQuery() throws Exception {
        assertThat(page(get("/es/search/").param("region", "EU"))
                        .select("link[rel=canonical]")
                        .attr("href"))
                .isEqualTo("http://localhost/es/search/");
    }

    @Autowired
    JdbcClient jdbc;

    private long activeJobOf(long publication) {
        return jdbc.sql("SELECT active_job_id FROM publication WHERE id = :p")
                .param("p", publication)
                .query(Long.class)
                .single();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<String> titles(Document page) {
        return page.select(".result h2").eachText();
    }
}
