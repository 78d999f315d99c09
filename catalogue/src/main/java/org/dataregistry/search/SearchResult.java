package org.dataregistry.search;

import java.util.List;

/**
 * One page of a search's results, ordered by country then title, with the facets of the whole search.
 *
 * @param entries the publications on this page
 * @param total publications found
 * @param page the page shown, 1-based (the last one when more were asked for)
 * @param pages pages of results; at least 1
 */
public record SearchResult(
        SearchCriteria criteria, List<SearchEntry> entries, int total, int page, int pages, Facets facets) {

    /** The 1-based position of the first entry on this page. */
    public int first() {
        return total == 0 ? 0 : (page - 1) * Search.PAGE_SIZE + 1;
    }

    /** The 1-based position of the last entry on this page. */
    public int last() {
        return first() + entries.size() - 1;
    }
}
