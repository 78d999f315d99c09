package org.dataregistry.harvest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dataregistry.site.CatalogueCache;
import org.dataregistry.site.SiteUrls;
import org.dataregistry.translation.Language;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}, for search engines: the pages anyone may see, whoever asks (a signed-in admin must not
 * publish hidden publications' addresses), and {@code /robots.txt}, which points to it and keeps crawlers out of the
 * admin UI.
 */
@Controller
class SitemapController {

    private final HarvestQueries queries;
    private final SiteUrls urls;
    private final CatalogueCache cache;

    SitemapController(HarvestQueries queries, SiteUrls urls, CatalogueCache cache) {
        this.queries = queries;
        this.urls = urls;
        this.cache = cache;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String baseUrl = urls.baseUrl(request);
        cache.get(
                        new DocumentKey("sitemap.xml", Language.EN, false, baseUrl),
                        () -> PolledDocument.of(
                                "application/xml;charset=UTF-8", out -> Sitemap.write(out, baseUrl, queries.sitemap())))
                .send(request, response);
    }

    @GetMapping("/robots.txt")
    void robots(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("""
                User-agent: *
                Allow: /
                Disallow: /admin/

                Sitemap: %s/sitemap.xml
                """.formatted(urls.baseUrl(request)));
    }
}
