package org.dataregistry.harvest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dataregistry.download.PublishedFiles;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.SiteUrls;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /catalog.jsonld}, the registry as a DCAT-AP catalogue for open-data portals: the publications anyone may
 * see, whoever asks (a portal republishes what it harvests), in every language at once.
 */
@Controller
class CatalogController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final HarvestQueries queries;
    private final PublishedFiles files;
    private final SiteUrls urls;
    private final MessageSource messages;

    CatalogController(HarvestQueries queries, PublishedFiles files, SiteUrls urls, MessageSource messages) {
        this.queries = queries;
        this.files = files;
        this.urls = urls;
        this.messages = messages;
    }

    @GetMapping("/catalog.jsonld")
    void catalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DcatCatalog catalog = new DcatCatalog(urls.baseUrl(request),
                language -> messages.getMessage("layout.siteName", null, LanguagePath.locale(language)),
                language -> messages.getMessage("layout.footerAbout", null, LanguagePath.locale(language)));
        response.setContentType("application/ld+json;charset=UTF-8");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        JSON.writeValue(response.getOutputStream(), catalog.document(queries.datasets(), files::list));
    }
}
