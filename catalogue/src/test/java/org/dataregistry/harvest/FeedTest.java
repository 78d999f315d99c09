package org.dataregistry.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-02T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Test
    void announcesVisiblePublicationsWithDataTheLatestJobFirst() throws Exception {
        fixtures.visible("Older", "end", MORNING.minusDays(2));
        fixtures.visible("Newest", "end", MORNING);
        fixtures.visible("Middle", "end", MORNING.minusDays(1));
        fixtures.publication("Rationale, no data", "public", true, "no_data_rationale_en", "Stopped");
        long hidden = fixtures.publication("Not public");
        fixtures.activeJob(hidden, "end", MORNING.plusDays(1));

        Document feed = feed(get("/feed.atom"));

        assertThat(entryTitles(feed))
                .containsExactly("Newest country: Newest", "Middle country: Middle", "Older country: Older");
        assertThat(child(feed.getDocumentElement(), "updated")).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(child(entries(feed).getFirst(), "updated")).isEqualTo("2026-11-02T08:00:00Z");
    }

    @Test
    void signedInVisitorsGetTheSameFeedAsEveryone() throws Exception {
        fixtures.visible("Visible");
        long hidden = fixtures.publication("Not public");
        fixtures.activeJob(hidden);

        assertThat(entryTitles(feed(get("/feed.atom").principal(() -> "admin"))))
                .containsExactly("Visible country: Visible");
    }

    @Test
    void holdsAtMostFiftyEntries() throws Exception {
        for (int i = 0; i < 52; i++) {
            fixtures.visible("Publication " + i, "end", MORNING.plusMinutes(i));
        }

        List<String> titles = entryTitles(feed(get("/feed.atom")));

        assertThat(titles)
                .hasSize(50)
                .startsWith("Publication 51 country: Publication 51")
                .doesNotContain("Publication 0 country: Publication 0", "Publication 1 country: Publication 1");
    }

    @Test
    void aNewJobIsANewEntry() throws Exception {
        long id = fixtures.visible("Compras");
        String before = child(entries(feed(get("/feed.atom"))).getFirst(), "id");

        long newJob = fixtures.activeJob(id);
        String after = child(entries(feed(get("/feed.atom"))).getFirst(), "id");

        assertThat(after).isNotEqualTo(before).startsWith("tag:localhost,2026:").contains("/job/" + newJob + "/");
        assertThat(child(entries(feed(get("/feed.atom"))).getFirst(), "id"))
                .as("stable")
                .isEqualTo(after);
    }

    @Test
    void theLanguagePrefixTranslatesTheFeedWithEnglishFallback() throws Exception {
        long translated = fixtures.publication(
                "Compras",
                "public",
                true,
                "country_en",
                "Mexico",
                "country_es",
                "México",
                "description_en",
                "Public *procurement*.",
                "description_es",
                "Contrataciones *públicas*.");
        fixtures.activeJob(translated, "end", MORNING);
        long english = fixtures.publication(
                "Tenders", "public", true, "country_en", "Chile", "description_en", "Only in **English**.");
        fixtures.activeJob(english, "end", MORNING.minusDays(1));

        Document feed = feed(get("/es/feed.atom"));

        Element root = feed.getDocumentElement();
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("es");
        assertThat(child(root, "title")).isEqualTo("Publicaciones con datos nuevos");
        assertThat(link(root, "self")).isEqualTo("http://localhost/es/feed.atom");
        List<Element> entries = entries(feed);
        assertThat(child(entries.get(0), "title")).isEqualTo("México: Compras");
        assertThat(child(entries.get(0), "summary")).isEqualTo("Contrataciones públicas.");
        assertThat(link(entries.get(0), "alternate")).isEqualTo("http://localhost/es/publication/" + translated);
        assertThat(child(entries.get(1), "title")).isEqualTo("Chile: Tenders");
        assertThat(child(entries.get(1), "summary")).isEqualTo("Only in English.");

        assertThat(child(feed(get("/ru/feed.atom")).getDocumentElement(), "title"))
                .isEqualTo("Публикации с новыми данными");
        assertThat(child(feed(get("/feed.atom")).getDocumentElement(), "title"))
                .isEqualTo("Publications with new data");
    }

    @Test
    void anEmptyFeedIsStillValidAndStable() throws Exception {
        Document feed = feed(get("/feed.atom"));

        assertThat(entries(feed)).isEmpty();
        assertThat(child(feed.getDocumentElement(), "id")).isEqualTo("tag:localhost,2026:feed/en");
        assertThat(child(feed.getDocumentElement(), "updated")).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(feed.getDocumentElement()
                        .getElementsByTagNameNS(ATOM, "author")
                        .getLength())
                .isEqualTo(1);
    }

    @Test
    void feedReadersRevalidateWithTheWeakEtag() throws Exception {
        fixtures.visible("Compras");
        MvcResult first = mvc.perform(get("/feed.atom")).andReturn();
        String etag = first.getResponse().getHeader("ETag");

        assertThat(etag).startsWith("W/\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(mvc.perform(get("/feed.atom").header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    private Document feed(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
        return document;
    }

    private static List<Element> entries(Document feed) {
        List<Element> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static List<String> entryTitles(Document feed) {
        return entries(feed).stream().map(entry -> child(entry, "title")).toList();
    }

    /** The text of an element's own child (not of its entries'). */
    private static String child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("No <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static String link(Element parent, String rel) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && "link".equals(element.getLocalName())
                    && rel.equals(element.getAttribute("rel"))) {
                return element.getAttribute("href");
            }
        }
        throw new AssertionError("No <link rel=" + rel + "> in <" + parent.getLocalName() + ">");
    }
}
