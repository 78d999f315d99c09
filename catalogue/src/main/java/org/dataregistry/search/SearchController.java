package org.dataregistry.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dataregistry.download.FormatFiles;
import org.dataregistry.download.PublishedFiles;
import org.dataregistry.markdown.Markdown;
import org.dataregistry.site.CatalogueCache;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.PublicPage;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the publications a visitor may see, filtered by the query string's criteria, with facets. */
@PublicPage
class SearchController {

    /** The search's publications for one language and kind of visitor, kept until the catalogue changes. */
    private record Entries(Language language, boolean signedIn) {}

    private final SearchQueries queries;
    private final PublishedFiles files;
    private final CatalogueCache cache;
    private final Clock clock;

    SearchController(SearchQueries queries, PublishedFiles files, CatalogueCache cache, Clock clock) {
        this.queries = queries;
        this.files = files;
        this.cache = cache;
        this.clock = clock;
    }

    @GetMapping({"/search/", LanguagePath.PREFIX + "/search/"})
    String search(
            @RequestParam MultiValueMap<String, String> parameters, Language language, Visitor visitor, Model model) {
        SearchCriteria criteria = SearchCriteria.of(parameters);
        List<SearchEntry> entries = cache.get(
                new Entries(language, visitor.signedIn()), () -> List.copyOf(queries.entries(language, visitor)));
        SearchResult result = Search.run(entries, criteria, LocalDate.now(clock));
        model.addAttribute("result", result);
        Map<Long, String> descriptions = queries.descriptions(
                result.entries().stream().map(SearchEntry::id).toList(), language);
        model.addAttribute(
                "cards",
                result.entries().stream()
                        .map(entry -> card(entry, descriptions.getOrDefault(entry.id(), "")))
                        .toList());
        return "search";
    }

    private SearchCard card(SearchEntry entry, String description) {
        List<FormatFiles> published =
                entry.activeJobId() == null ? PublishedFiles.none() : files.list(entry.activeJobId());
        return new SearchCard(
                entry,
                Markdown.toHtml(description),
                published.stream().map(FormatFiles::tick).toList());
    }
}
