package org.dataregistry.harvest;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dataregistry.site.Site;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;

/**
 * Writes the sitemap (sitemaps.org 0.9): the home page, the search page and every visible publication's page, each
 * at its English address with its {@code hreflang} alternates in every language and {@code x-default} (English),
 * exactly as the pages name them in their own {@code <head>}.
 */
final class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** W3C datetime, to the second, in UTC. */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private Sitemap() {}

    /** Writes the sitemap of a site at {@code baseUrl} (no trailing slash) to {@code out}, in UTF-8. */
    static void write(OutputStream out, String baseUrl, List<SitemapPublication> publications)
            throws XMLStreamException {
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.setPrefix("xhtml", XHTML);
        xml.writeStartElement(NAMESPACE, "urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xhtml", XHTML);
        url(xml, baseUrl, "/", null);
        url(xml, baseUrl, "/search/", null);
        for (SitemapPublication publication : publications) {
            url(xml, baseUrl, "/publication/" + publication.id(), publication.modified());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void url(XMLStreamWriter xml, String baseUrl, String path, Instant modified)
            throws XMLStreamException {
        Site english = new Site(Language.EN, path, null, baseUrl, Visitor.ANONYMOUS);
        xml.writeStartElement(NAMESPACE, "url");
        element(xml, "loc", english.canonical());
        if (modified != null) {
            element(xml, "lastmod", W3C.format(modified.truncatedTo(ChronoUnit.SECONDS)));
        }
        for (Site.Version version : english.alternates()) {
            xml.writeEmptyElement(XHTML, "link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", version.hreflang());
            xml.writeAttribute("href", version.href());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
