package org.dataregistry.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataregistry.translation.Language;

/**
 * The language of a public page is told by its path alone, never by a cookie or a session: {@code /es/search/} is
 * Spanish, {@code /ru/search/} Russian, {@code /en/search/} and the unprefixed {@code /search/} English.
 */
public final class LanguagePath {

    /** The optional first segment of every public route, for request mappings: {@code /en}, {@code /es}, {@code /ru}. */
    public static final String PREFIX = "/{lang:en|es|ru}";

    private static final Pattern PREFIXED = Pattern.compile("^/(en|es|ru)(/.*)?$");

    private LanguagePath() {}

    /** The language of a request path: its prefix's, English when it has none. */
    public static Language languageOf(String path) {
        Matcher prefixed = PREFIXED.matcher(path == null ? "" : path);
        return prefixed.matches() ? Language.valueOf(prefixed.group(1).toUpperCase(Locale.ROOT)) : Language.EN;
    }

    /** The path without its language prefix: {@code /es/search/} → {@code /search/}, {@code /es} → {@code /}. */
    public static String unprefixed(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        Matcher prefixed = PREFIXED.matcher(path);
        if (!prefixed.matches()) {
            return path;
        }
        return prefixed.group(2) == null ? "/" : prefixed.group(2);
    }

    /** An unprefixed path in a language: {@code /search/} → {@code /es/search/}. */
    public static String in(Language language, String unprefixedPath) {
        return "/" + language.code() + unprefixedPath;
    }

    /** The locale of a language, for messages, dates and numbers. */
    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
