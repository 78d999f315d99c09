package org.dataregistry.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@CatalogueTest
class SitemapTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Test
    void listsTheHomeAndSearchPagesAndEveryVisiblePublication() throws Exception {
        long withData = fixtures.visible("With data");
        long rationale = fixtures.publication("Rationale", "public", true, "no_data_rationale_en", "Stopped");
        fixtures.publication("Not public", "no_data_rationale_en", "Stopped");
        fixtures.publication("Public, neither data nor rationale", "public", true);

        Document sitemap = sitemap(get("/sitemap.xml"));

        assertThat(locs(sitemap))
                .containsExactly(
                        "http://localhost/",
                        "http://localhost/en/search/",
                        "http://localhost/en/publication/" + withData,
                        "http://localhost/en/publication/" + rationale);
    }

    @Test
    void signedInVisitorsGetTheSameSitemapAsEveryone() throws Exception {
        long visible = fixtures.visible("With data");
        fixtures.publication("Not public");

        Document sitemap = sitemap(get("/sitemap.xml").principal(() -> "admin"));

        assertThat(locs(sitemap))
                .containsExactly(
                        "http://localhost/",
                        "http://localhost/en/search/",
                        "http://localhost/en/publication/" + visible);
    }

    @Test
    void everyPageNamesItsLanguageVersionsAndEnglishAsTheDefault() throws Exception {
        long id = fixtures.visible("With data");

        Document sitemap = sitemap(get("/sitemap.xml"));

        String page = "http://localhost/%s/publication/" + id;
        assertThat(alternates(url(sitemap, page.formatted("en"))))
                .containsExactly(
                        Map.entry("en", page.formatted("en")), Map.entry("es", page.formatted("es")),
                        Map.entry("ru", page.formatted("ru")), Map.entry("x-default", page.formatted("en")));
        // As the home page's own links say: English's home page is the root.
        assertThat(alternates(url(sitemap, "http://localhost/")))
                .containsExactly(
                        Map.entry("en", "http://localhost/"), Map.entry("es", "http://localhost/es/"),
                        Map.entry("ru", "http://localhost/ru/"), Map.entry("x-default", "http://localhost/"));
        assertThat(alternates(url(sitemap, "http://localhost/en/search/")))
                .containsEntry("es", "http://localhost/es/search/");
    }

    @Test
    void aPublicationWasLastModifiedWhenItsRowWas() throws Exception {
        long id = fixtures.visible("With data");
        fixtures.update(id, "modified", OffsetDateTime.parse("2026-10-01T12:30:45.123Z"));

        Document sitemap = sitemap(get("/sitemap.xml"));

        assertThat(text(url(sitemap, "http://localhost/en/publication/" + id), "lastmod"))
                .isEqualTo("2026-10-01T12:30:45Z");
        assertThat(url(sitemap, "http://localhost/")
                        .getElementsByTagNameNS(SITEMAP, "lastmod")
                        .getLength())
                .isZero();
    }

    @Test
    void addressesAreThoseOfTheHostAsked() throws Exception {
        long id = fixtures.visible("With data");

        Document sitemap = sitemap(onDataExampleOrg("/sitemap.xml"));

        assertThat(locs(sitemap)).contains("https://data.example.org/en/publication/" + id);
    }

    @Test
    void robotsMayCrawlAllButTheAdminUiAndAreToldWhereTheSitemapIs() throws Exception {
        MvcResult robots = mvc.perform(onDataExampleOrg("/robots.txt")).andReturn();

        assertThat(robots.getResponse().getStatus()).isEqualTo(200);
        assertThat(robots.getResponse().getContentType()).startsWith("text/plain");
        assertThat(robots.getResponse().getContentAsString().lines().toList())
                .containsExactly(
                        "User-agent: *",
                        "Allow: /",
                        "Disallow: /admin/",
                        "",
                        "Sitemap: https://data.example.org/sitemap.xml");
    }

    /** A request to https://data.example.org (MockMvc would keep port 80 for an https URL). */
    private static MockHttpServletRequestBuilder onDataExampleOrg(String path) {
        return get(path).with(request -> {
            request.setScheme("https");
            request.setServerName("data.example.org");
            request.setServerPort(443);
            request.setSecure(true);
            return request;
        });
    }

    private Document sitemap(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
        return document;
    }

    private static List<String> locs(Document sitemap) {
        List<String> locs = new ArrayList<>();
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            locs.add(text((Element) urls.item(i), "loc"));
        }
        return locs;
    }

    private static Element url(Document sitemap, String loc) {
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            if (text((Element) urls.item(i), "loc").equals(loc)) {
                return (Element) urls.item(i);
            }
        }
        throw new AssertionError("No <url> with <loc> " + loc);
    }

    private static Map<String, String> alternates(Element url) {
        Map<String, String> alternates = new LinkedHashMap<>();
        NodeList links = url.getElementsByTagNameNS(XHTML, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        return alternates;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(SITEMAP, name).item(0).getTextContent();
    }
}
