package org.dataregistry.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Keeps only links a reader can safely follow and images a page can safely load: a link to an {@code http},
 * {@code https} or {@code mailto} address (or a relative one) stays, any other ({@code javascript:},
 * {@code data:}...) becomes its plain text; an image stays only from an {@code https} address (a Content Security
 * Policy allows no other), otherwise its description shows instead.
 */
final class SafeLinks implements PostProcessor {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** What browsers ignore in an address, so that "java\tscript:" is read as the scheme it is. */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");

    @Override
    public Node process(Node document) {
        List<Link> unsafeLinks = new ArrayList<>();
        List<Image> unsafeImages = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!safeLink(link.getDestination())) {
                    unsafeLinks.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!safeImage(image.getDestination())) {
                    unsafeImages.add(image);
                }
            }
        });
        unsafeLinks.forEach(SafeLinks::unwrap);
        unsafeImages.forEach(image -> {
            image.insertBefore(new Text(Markdown.textOf(image)));
            image.unlink();
        });
        return document;
    }

    static boolean safeLink(String destination) {
        Matcher scheme = SCHEME.matcher(normalised(destination));
        return !scheme.find() || LINK_SCHEMES.contains(scheme.group(1));
    }

    static boolean safeImage(String destination) {
        return normalised(destination).startsWith("https://");
    }

    private static String normalised(String destination) {
        return IGNORED.matcher(destination == null ? "" : destination)
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Puts the link's text where the link was. */
    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }
}
