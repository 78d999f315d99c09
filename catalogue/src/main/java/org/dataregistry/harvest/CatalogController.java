package org.dataregistry.harvest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dataregistry.download.PublishedFiles;
import org.dataregistry.site.CatalogueCache;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.SiteUrls;
import org.dataregistry.translation.Language;
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
    private final CatalogueCache cache;

    CatalogController(
            HarvestQueries queries, PublishedFiles files, SiteUrls urls, MessageSource messages, CatalogueCache cache) {
        this.queries = queries;
        this.files = files;
        this.urls = urls;
        this.messages = messages;
        this.cache = cache;
    }

    @GetMapping("/catalog.jsonld")
    void catalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String baseUrl = urls.baseUrl(request);
        PolledDocument document = cache.get(new DocumentKey("catalog.jsonld", Language.EN, false, baseUrl), () -> {
            DcatCatalog catalog = new DcatCatalog(
                    baseUrl,
                    language -> messages.getMessage("layout.siteName", null, LanguagePath.locale(language)),
                    language -> messages.getMessage("layout.footerAbout", null, LanguagePath.locale(language)));
            return PolledDocument.of(
                    "application/ld+json;charset=UTF-8",
                    out -> JSON.writeValue(out, catalog.document(queries.datasets(), files::list)));
        });
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        document.send(request, response);
    }
}
