package org.dataregistry.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersCommonMark() {
        assertThat(Markdown.toHtml("Some **bold** and a list:\n\n- one\n- two"))
                .isEqualTo("<p>Some <strong>bold</strong> and a list:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    }

    @Test
    void linksOpenInANewTab() {
        assertThat(Markdown.toHtml("[OCDS](https://standard.open-contracting.org/)"))
                .isEqualTo(
                        "<p><a rel=\"noopener noreferrer\" href=\"https://standard.open-contracting.org/\" target=\"_blank\">"
                                + "OCDS</a></p>\n");
        // A bare address becomes a link and keeps its characters (no dash for its "--").
        assertThat(Markdown.toHtml("See https://example.com/a--b"))
                .contains("href=\"https://example.com/a--b\" target=\"_blank\">https://example.com/a--b</a>");
    }

    @Test
    void quotesDashesAndSymbolsAreTypographic() {
        assertThat(Markdown.toHtml("\"Open\" data -- it's 2020---2024... (c)"))
                .isEqualTo("<p>“Open” data – it’s 2020—2024… ©</p>\n");
        assertThat(Markdown.toHtml("'single' and \"*emphasised*\""))
                .isEqualTo("<p>‘single’ and “<em>emphasised</em>”</p>\n");
    }

    @Test
    void codeKeepsItsCharacters() {
        assertThat(Markdown.toHtml("Use `\"ocid\" -- id` here"))
                .isEqualTo("<p>Use <code>&quot;ocid&quot; -- id</code> here</p>\n");
    }

    @Test
    void rawHtmlIsEscapedAndUnsafeLinksDropped() {
        assertThat(Markdown.toHtml("<script>alert(1)</script>")).doesNotContain("<script>");
        assertThat(Markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksStayOtherAddressesBecomeTheirText() {
        assertThat(Markdown.toHtml("[site](http://example.com/) [mail](mailto:data@example.com) [page](/search/)"))
                .contains("href=\"http://example.com/\"", "href=\"mailto:data@example.com\"", "href=\"/search/\"");
        assertThat(Markdown.toHtml("[click *here*](data:text/html;base64,PHNjcmlwdD4=)"))
                .isEqualTo("<p>click <em>here</em></p>\n");
        assertThat(Markdown.toHtml("[x](JavaScript:alert(1)) [y](vbscript:msgbox) [z](<java\tscript:alert(1)>)"))
                .doesNotContain("href")
                .doesNotContainIgnoringCase("script:");
        assertThat(Markdown.toHtml("<data:text/html,hi>")).doesNotContain("href");
    }

    @Test
    void imagesLoadOnlyFromHttpsOthersShowTheirDescription() {
        assertThat(Markdown.toHtml("![Logo](https://example.com/logo.png)"))
                .isEqualTo("<p><img src=\"https://example.com/logo.png\" alt=\"Logo\" /></p>\n");
        assertThat(Markdown.toHtml("![A *tracking* pixel](http://example.com/p.gif)"))
                .isEqualTo("<p>A tracking pixel</p>\n");
        assertThat(Markdown.toHtml("![x](data:image/png;base64,iVBOR) ![y](/local.png)"))
                .doesNotContain("<img");
    }

    @Test
    void textIsTheMarkdownWithoutMarkupOnOneLine() {
        assertThat(Markdown.toText("Data from **Prozorro**.\n\nMore [here](https://x.org)."))
                .isEqualTo("Data from Prozorro. More here.");
        assertThat(Markdown.toText(null)).isEmpty();
    }
}
