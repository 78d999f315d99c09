package org.dataregistry.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Typographic replacements in the text of a Markdown document, as the original's renderer (markdown-it with
 * {@code typographer}) makes them: curly quotes and apostrophes, dashes ({@code --} and {@code ---}), an ellipsis
 * for {@code ...}, and (c), (r), (tm), +- as symbols. Code spans, code blocks, link destinations and addresses
 * written out as links keep their characters. Stateless: one instance serves every thread.
 */
final class Typographer implements PostProcessor {

    @Override
    public Node process(Node document) {
        document.accept(new Pass());
        return document;
    }

    static String symbols(String text) {
        return text.replace("(c)", "©")
                .replace("(C)", "©")
                .replace("(r)", "®")
                .replace("(R)", "®")
                .replace("(tm)", "™")
                .replace("(TM)", "™")
                .replace("+-", "±")
                .replace("...", "…")
                .replace("---", "—")
                .replace("--", "–");
    }

    /** A quote opens after a space, the start of a block, or an opening bracket, dash or quote. */
    private static boolean opens(char before) {
        return Character.isWhitespace(before) || "([{–—“‘".indexOf(before) >= 0;
    }

    /** One document's text nodes in order, remembering the character before each within its block. */
    private static final class Pass extends AbstractVisitor {

        private char previous = ' ';
        private Node block;

        @Override
        public void visit(Text text) {
            Node enclosing = enclosingBlock(text);
            if (enclosing != block) {
                block = enclosing;
                previous = ' ';
            }
            String replaced = isAddress(text) ? text.getLiteral() : quotes(symbols(text.getLiteral()));
            text.setLiteral(replaced);
            if (!replaced.isEmpty()) {
                previous = replaced.charAt(replaced.length() - 1);
            }
        }

        private String quotes(String text) {
            StringBuilder out = new StringBuilder(text.length());
            char before = previous;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    out.append(opens(before) ? '“' : '”');
                } else if (c == '\'') {
                    out.append(opens(before) ? '‘' : '’');
                } else {
                    out.append(c);
                }
                before = out.charAt(out.length() - 1);
            }
            return out.toString();
        }

        /** The text of a bare link (an address written out) is the address: it keeps its characters. */
        private static boolean isAddress(Text text) {
            return text.getParent() instanceof Link link
                    && link.getDestination().contains(text.getLiteral());
        }

        private static Node enclosingBlock(Node node) {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof Block)) {
                parent = parent.getParent();
            }
            return parent;
        }
    }
}
