package org.dataregistry.harvest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dataregistry.site.CatalogueCache;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /publications.json}, the original's metadata API, which Kingfisher Collect's {@code scrapy checkall} and
 * others read: every publication the caller may see (anonymous callers: the visible ones; signed-in: all), in id
 * order, its translated fields in the path's language. Any web page may read it ({@code Access-Control-Allow-Origin:
 * *}); it is kept until the catalogue changes and revalidated with its entity tag ({@link PolledDocument}).
 */
@Controller
class PublicationsJsonController {

    private final HarvestQueries queries;
    private final CatalogueCache cache;

    PublicationsJsonController(HarvestQueries queries, CatalogueCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    @GetMapping({"/publications.json", LanguagePath.PREFIX + "/publications.json"})
    void publications(Language language, Visitor visitor, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PolledDocument document = cache.get(
                new DocumentKey("publications.json", language, visitor.signedIn(), ""),
                () -> PolledDocument.of("application/json;charset=UTF-8", out -> {
                    try (PublicationsJsonWriter json = new PublicationsJsonWriter(out)) {
                        queries.listed(language, visitor, json::write);
                    }
                }));
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        document.send(request, response);
    }
}
