package org.dataregistry.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl scheme and host of the public site's absolute links (canonical URLs, sitemap, feeds, DCAT), e.g.
 *     {@code https://data.example.org}; blank: the host the request came to
 * @param downloadsUrl where downloads are redirected when set (a CDN or web server that maps
 *     {@code /downloads/<source_id>/<job_id>/<name>} to the export directory); blank: the app serves the files
 * @param cache whether what pages compute from the whole catalogue (the search's publications, publications.json,
 *     the sitemap...) is kept until the catalogue changes; off, it is computed for every request
 */
@ConfigurationProperties("data-registry.catalogue")
public record CatalogueProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String downloadsUrl,
        @DefaultValue("true") boolean cache) {

    public CatalogueProperties {
        baseUrl = withoutTrailingSlash(baseUrl);
        downloadsUrl = withoutTrailingSlash(downloadsUrl);
    }

    private static String withoutTrailingSlash(String url) {
        return url == null ? "" : url.strip().replaceAll("/+$", "");
    }
}
