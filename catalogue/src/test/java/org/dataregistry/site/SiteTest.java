package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CatalogueTest
class SiteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void homePageIsInTheLanguageOfItsPath() throws Exception {
        assertThat(page("/").title()).isEqualTo("Data Registry | Open Contracting Partnership");
        assertThat(page("/en/").title()).isEqualTo("Data Registry | Open Contracting Partnership");
        assertThat(page("/es/").title()).isEqualTo("Registro de Datos | Open Contracting Partnership");
        assertThat(page("/ru/").title()).isEqualTo("Реестр данных | Open Contracting Partnership");
        assertThat(page("/es/").selectFirst("html").attr("lang")).isEqualTo("es");
    }

    @Test
    void homePageSaysHowMuchTheRegistryHoldsAndListsTheNewestData() throws Exception {
        long older = fixtures.visible("Older");
        long newer = fixtures.visible("Newer");
        fixtures.update(newer, "country_es", "Nuevo país");
        jdbc.sql("UPDATE job SET \"end\" = \"end\" - interval '1 day' WHERE publication_id = :p")
                .param("p", older)
                .update();
        fixtures.publication("Hidden", "country_en", "Nowhere");

        Document english = page("/");
        assertThat(english.select(".hero__facts").text())
                .isEqualTo("The registry holds 2 publications from 2 countries.");
        assertThat(english.select(".latest__list a").eachText())
                .containsExactly("Newer country: Newer", "Older country: Older");
        assertThat(english.select(".latest__list a").first().attr("href")).isEqualTo("/en/publication/" + newer);
        assertThat(page("/es/").select(".latest__list a").first().text()).isEqualTo("Nuevo país: Newer");
    }

    @Test
    void anEmptyRegistrysHomePageListsNothing() throws Exception {
        Document home = page("/");

        assertThat(home.select(".hero__facts")).isEmpty();
        assertThat(home.select(".latest")).isEmpty();
    }

    @Test
    void linksCarryThePagesLanguagePrefix() throws Exception {
        Document spanish = page("/es/");
        assertThat(spanish.select(".hero a.button").attr("href")).isEqualTo("/es/search/");
        assertThat(spanish.select(".site-header__brand").attr("href")).isEqualTo("/es/");
        assertThat(page("/").select(".hero a.button").attr("href")).isEqualTo("/en/search/");
    }

    @Test
    void alternatesNameEveryLanguageAndEnglishAsTheDefault() throws Exception {
        Document home = page("/ru/");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/ru/");
        assertThat(home.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "es", "ru", "x-default");
        assertThat(home.select("link[hreflang=x-default]").attr("href")).isEqualTo("http://localhost/");
        assertThat(home.select("link[hreflang=es]").attr("href")).isEqualTo("http://localhost/es/");
        assertThat(page("/").select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/");
        assertThat(page("/es/search/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/es/search/");
    }

    @Test
    void theLanguageSwitchRedirectsToTheSamePageWithoutACookie() throws Exception {
        MvcResult switched = mvc.perform(
                        get("/i18n/setlang/").param("language", "es").param("next", "/en/search/?region=EU&region=AS"))
                .andReturn();
        assertThat(switched.getResponse().getStatus()).isEqualTo(302);
        assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/es/search/?region=EU&region=AS");
        assertThat(switched.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(switched.getRequest().getSession(false)).isNull();

        MvcResult posted = mvc.perform(
                        post("/i18n/setlang/").param("language", "ru").param("next", "/search/"))
                .andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/ru/search/");
    }

    @Test
    void theLanguageSwitchNeverLeavesTheSite() throws Exception {
        for (String next :
                new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"}) {
            MvcResult switched = mvc.perform(
                            get("/i18n/setlang/").param("language", "es").param("next", next))
                    .andReturn();
            assertThat(switched.getResponse().getRedirectedUrl()).as(next).isEqualTo("/es/");
        }
    }

    @Test
    void anUnknownLanguageKeepsThePagesOwn() throws Exception {
        MvcResult switched = mvc.perform(
                        get("/i18n/setlang/").param("language", "xx").param("next", "/ru/search/"))
                .andReturn();
        assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/ru/search/");
    }

    @Test
    void theLanguageSwitchFormWorksWithoutJavaScript() throws Exception {
        Document search = page("/es/search/?region=EU");
        assertThat(search.select("form.language-switch").attr("action")).isEqualTo("/i18n/setlang/");
        assertThat(search.select("form.language-switch").attr("method")).isEqualTo("get");
        assertThat(search.select("form.language-switch input[name=next]").val()).isEqualTo("/es/search/?region=EU");
        assertThat(search.select("form.language-switch option[selected]").val()).isEqualTo("es");
        assertThat(search.select("form.language-switch button[type=submit]")).hasSize(1);
    }

    @Test
    void anUnknownPathIsALocalizedNotFoundPage() throws Exception {
        MvcResult missing =
                mvc.perform(get("/es/no-such-page").accept(MediaType.ALL)).andReturn();
        // MockMvc does not forward to /error as a container does: SiteErrorControllerTest covers that page.
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publicPagesSetNoCookie() throws Exception {
        for (String path : new String[] {"/", "/es/", "/search/", "/ru/search/"}) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getHeader("Set-Cookie")).as(path).isNull();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
