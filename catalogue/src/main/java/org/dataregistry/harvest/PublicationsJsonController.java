package org.dataregistry.harvest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
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
 * *}); clients revalidate it each time ({@code no-cache}) with the weak ETag that {@link HarvestConfiguration} adds.
 */
@Controller
class PublicationsJsonController {

    private final HarvestQueries queries;

    PublicationsJsonController(HarvestQueries queries) {
        this.queries = queries;
    }

    @GetMapping({"/publications.json", LanguagePath.PREFIX + "/publications.json"})
    void publications(Language language, Visitor visitor, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        try (PublicationsJsonWriter json = new PublicationsJsonWriter(response.getOutputStream())) {
            queries.listed(language, visitor, json::write);
        }
    }
}
