package org.dataregistry.harvest;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dataregistry.markdown.Markdown;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.translation.Language;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of publications whose data changed, in one language. Ids are tag URIs (RFC
 * 4151) of the site's host: an entry's names the publication, its active job and the language, so a new job is a new
 * entry and a feed reader shows it again.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The year in the tag URIs' authority: fixed, or every id would change with it. */
    private static final String TAG_DATE = "2026";

    private static final String AUTHOR = "Open Contracting Partnership";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * Writes the feed to {@code out}, in UTF-8.
     *
     * @param baseUrl scheme, host and port of the site, without a trailing slash
     * @param title the feed's title in {@code language}
     * @param entries the latest first
     */
    static void write(OutputStream out, String baseUrl, Language language, String title, List<FeedEntry> entries)
            throws XMLStreamException {
        String tag = "tag:" + host(baseUrl) + "," + TAG_DATE + ":";
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.code());
        element(xml, "id", tag + "feed/" + language.code());
        element(xml, "title", title);
        // The latest entry's time; without entries nothing ever changed, and a fixed time keeps the ETag stable.
        element(
                xml,
                "updated",
                timestamp(entries.isEmpty() ? Instant.EPOCH : entries.getFirst().ended()));
        link(xml, "self", "application/atom+xml", baseUrl + LanguagePath.in(language, "/feed.atom"));
        link(xml, "alternate", "text/html", baseUrl + LanguagePath.in(language, "/"));
        xml.writeStartElement(NAMESPACE, "author");
        element(xml, "name", AUTHOR);
        xml.writeEndElement();
        for (FeedEntry entry : entries) {
            xml.writeStartElement(NAMESPACE, "entry");
            element(xml, "id", tag + "publication/" + entry.id() + "/job/" + entry.jobId() + "/" + language.code());
            element(xml, "title", entry.heading());
            element(xml, "updated", timestamp(entry.ended()));
            link(xml, "alternate", "text/html", baseUrl + LanguagePath.in(language, "/publication/" + entry.id()));
            String summary = Markdown.toText(entry.description());
            if (!summary.isEmpty()) {
                xml.writeStartElement(NAMESPACE, "summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(summary);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The host of the tag URIs' authority: a tag names a domain, without scheme or port. */
    private static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "localhost" : host;
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
