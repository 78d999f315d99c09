package org.dataregistry.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders the Markdown that administrators write (descriptions, quality summaries...) to HTML, as the public site
 * and the admin UI's preview show it: CommonMark with tables and bare links, typographic quotes and dashes
 * ({@link Typographer}), links opening in a new tab. Raw HTML in the source is escaped and unsafe link schemes
 * dropped.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .postProcessor(new Typographer()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** The text of the Markdown without its markup, on one line: for meta descriptions. */
    public static String toText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).replaceAll("\\s+", " ").strip();
    }
}
