package org.dataregistry.harvest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dataregistry.site.CatalogueCache;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.SiteUrls;
import org.dataregistry.translation.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /feed.atom}, in every language: the visible publications whose data changed most recently (their active
 * job ended last), for feed readers. Anyone sees the same entries, signed in or not: a feed is meant to be shared.
 */
@Controller
class FeedController {

    /** Entries in a feed: enough for a reader polling daily, as short as a feed should be. */
    static final int ENTRIES = 50;

    private final HarvestQueries queries;
    private final SiteUrls urls;
    private final MessageSource messages;
    private final CatalogueCache cache;

    FeedController(HarvestQueries queries, SiteUrls urls, MessageSource messages, CatalogueCache cache) {
        this.queries = queries;
        this.urls = urls;
        this.messages = messages;
        this.cache = cache;
    }

    @GetMapping({"/feed.atom", LanguagePath.PREFIX + "/feed.atom"})
    void feed(Language language, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String baseUrl = urls.baseUrl(request);
        String title = messages.getMessage("feed.title", null, LanguagePath.locale(language));
        cache.get(
                        new DocumentKey("feed.atom", language, false, baseUrl),
                        () -> PolledDocument.of(
                                "application/atom+xml;charset=UTF-8",
                                out -> AtomFeed.write(out, baseUrl, language, title, queries.feed(language, ENTRIES))))
                .send(request, response);
    }
}
