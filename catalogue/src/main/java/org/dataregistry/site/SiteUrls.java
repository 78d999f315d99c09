package org.dataregistry.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The scheme, host and port of the public site's absolute links: the configured base URL, or the request's. */
@Component
public class SiteUrls {

    private final CatalogueProperties properties;

    SiteUrls(CatalogueProperties properties) {
        this.properties = properties;
    }

    /** e.g. {@code https://data.example.org}, without a trailing slash. */
    public String baseUrl(HttpServletRequest request) {
        if (!properties.baseUrl().isEmpty()) {
            return properties.baseUrl();
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString()
                .replaceAll("/+$", "");
    }

    /** The {@link Site} of a public page request. */
    public Site site(HttpServletRequest request) {
        String path = LanguagePathLocaleResolver.pathOf(request);
        return new Site(
                LanguagePath.languageOf(path),
                LanguagePath.unprefixed(path),
                request.getQueryString(),
                baseUrl(request),
                Visitor.of(request));
    }
}
