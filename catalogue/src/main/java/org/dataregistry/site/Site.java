package org.dataregistry.site;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.translation.Language;

/**
 * What every public page knows about itself, for its template ({@code site}): its language, its path in every
 * language (links, {@code hreflang} alternates, the language switch), its canonical address and who is looking.
 *
 * @param language the page's language, from its path
 * @param path the page's path without the language prefix, e.g. {@code /search/}
 * @param query the query string, or {@code null}
 * @param baseUrl scheme, host and port of absolute links, without a trailing slash
 * @param visitor who is looking
 */
public record Site(Language language, String path, String query, String baseUrl, Visitor visitor) {

    /** A language version of the page. */
    public record Version(Language language, String hreflang, String href, boolean current) {

        public String name() {
            return language.nativeName();
        }
    }

    public String lang() {
        return language.code();
    }

    public Formats formats() {
        return Formats.of(language);
    }

    public boolean signedIn() {
        return visitor.signedIn();
    }

    /** A site path in this page's language: {@code /search/} → {@code /es/search/}. */
    public String link(String unprefixedPath) {
        return LanguagePath.in(language, unprefixedPath);
    }

    /** A site path as an absolute URL in this page's language. */
    public String absolute(String unprefixedPath) {
        return baseUrl + link(unprefixedPath);
    }

    /**
     * The canonical URL: the page in its language without a query string, except that English's home page is
     * {@code /} (as in the original).
     */
    public String canonical() {
        return canonical(language);
    }

    /** The {@code hreflang} alternates: one per language, then {@code x-default} (English). */
    public List<Version> alternates() {
        List<Version> alternates = new ArrayList<>();
        for (Language each : Language.values()) {
            alternates.add(new Version(each, each.code(), canonical(each), each == language));
        }
        alternates.add(new Version(Language.EN, "x-default", canonical(Language.EN), false));
        return alternates;
    }

    /** The same page (with its query) in every language, for the language switch. */
    public List<Version> languages() {
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        return List.of(Language.values()).stream()
                .map(each -> new Version(each, each.code(), LanguagePath.in(each, path) + suffix, each == language))
                .toList();
    }

    /** The page's path and query in this language, for the language switch's "next". */
    public String pathAndQuery() {
        return link(path) + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private String canonical(Language in) {
        if (in == Language.EN && path.equals("/")) {
            return baseUrl + "/";
        }
        return baseUrl + LanguagePath.in(in, path);
    }
}
