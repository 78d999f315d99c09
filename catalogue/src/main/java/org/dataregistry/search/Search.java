package org.dataregistry.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.UpdateFrequency;

/**
 * Filters, counts and orders the publications a visitor may see, by these rules:
 * filters combine with AND, the values of one repeated filter with OR; each facet counts under all the other
 * filters; results keep the order they are given in (by country, then title, as the page's language sorts them:
 * {@link SearchQueries} orders them so). Results come
 * {@value #PAGE_SIZE} to a page (the original lists all of them, which at thousands of publications is a page of
 * megabytes).
 */
final class Search {

    static final int PAGE_SIZE = 100;

    private final SearchCriteria criteria;
    private final LocalDate today;

    private Search(SearchCriteria criteria, LocalDate today) {
        this.criteria = criteria;
        this.today = today;
    }

    /**
     * Searches {@code entries} (those the visitor may see, in the order results are shown) with {@code criteria}
     * on {@code today}.
     */
    static SearchResult run(List<SearchEntry> entries, SearchCriteria criteria, LocalDate today) {
        return new Search(criteria, today).run(entries);
    }

    private SearchResult run(List<SearchEntry> entries) {
        List<SearchEntry> found = entries.stream().filter(all()).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(criteria.page(), pages);
        List<SearchEntry> shown = found.subList((page - 1) * PAGE_SIZE, Math.min(found.size(), page * PAGE_SIZE));
        return new SearchResult(criteria, shown, found.size(), page, pages, facets(entries, found));
    }

    private Facets facets(List<SearchEntry> entries, List<SearchEntry> found) {
        List<SearchEntry> anyCountry =
                entries.stream().filter(allBut(Filter.COUNTRY)).toList();
        List<SearchEntry> anyDate =
                entries.stream().filter(allBut(Filter.DATE_RANGE)).toList();
        List<SearchEntry> anyFrequency =
                entries.stream().filter(allBut(Filter.UPDATE_FREQUENCY)).toList();
        List<SearchEntry> anyRegion =
                entries.stream().filter(allBut(Filter.REGION)).toList();
        List<FacetOption<DateRange>> dateRanges = new ArrayList<>();
        dateRanges.add(new FacetOption<>(null, "", "dateRange.ALL", anyDate.size(), criteria.dateRange() == null));
        for (DateRange range : DateRange.values()) {
            dateRanges.add(new FacetOption<>(
                    range,
                    range.code(),
                    "dateRange." + range.code(),
                    count(anyDate, e -> range.includes(e.jobDateFrom(), e.jobDateTo(), today)),
                    range == criteria.dateRange()));
        }
        return new Facets(
                countries(entries, anyCountry),
                dateRanges,
                Arrays.stream(UpdateFrequency.values())
                        .map(frequency -> new FacetOption<>(
                                frequency,
                                frequency.name(),
                                "updateFrequency." + frequency,
                                count(anyFrequency, e -> e.updateFrequency() == frequency),
                                criteria.updateFrequencies().contains(frequency)))
                        .toList(),
                Arrays.stream(Region.values())
                        .map(region -> new FacetOption<>(
                                region,
                                region.name(),
                                "region." + region,
                                count(anyRegion, e -> e.region() == region),
                                criteria.regions().contains(region)))
                        .toList(),
                Arrays.stream(DataCount.values())
                        .map(data -> new FacetOption<>(
                                data,
                                data.column(),
                                "counts." + data.column(),
                                count(found, e -> e.contains().contains(data)),
                                criteria.counts().contains(data)))
                        .toList());
    }

    /**
     * Every country among the publications the visitor may see, in their order, with what each finds under the
     * other filters.
     */
    private List<FacetOption<String>> countries(List<SearchEntry> entries, List<SearchEntry> anyCountry) {
        Map<String, Long> counts = new LinkedHashMap<>();
        entries.stream()
                .map(SearchEntry::country)
                .filter(country -> !country.isEmpty())
                .forEach(country -> counts.put(country, 0L));
        anyCountry.stream()
                .map(SearchEntry::country)
                .filter(country -> !country.isEmpty())
                .forEach(country -> counts.merge(country, 1L, Long::sum));
        return counts.entrySet().stream()
                .map(entry -> new FacetOption<>(
                        entry.getKey(),
                        entry.getKey(),
                        null,
                        entry.getValue(),
                        entry.getKey().equals(criteria.country())))
                .toList();
    }

    private enum Filter {
        COUNTRY,
        DATE_RANGE,
        UPDATE_FREQUENCY,
        REGION,
        NONE
    }

    private Predicate<SearchEntry> all() {
        return allBut(Filter.NONE);
    }

    private Predicate<SearchEntry> allBut(Filter ignored) {
        return entry -> (ignored == Filter.COUNTRY
                        || criteria.country() == null
                        || criteria.country().equals(entry.country()))
                && (ignored == Filter.DATE_RANGE
                        || criteria.dateRange() == null
                        || criteria.dateRange().includes(entry.jobDateFrom(), entry.jobDateTo(), today))
                && (ignored == Filter.UPDATE_FREQUENCY
                        || criteria.updateFrequencies().isEmpty()
                        || criteria.updateFrequencies().contains(entry.updateFrequency()))
                // A publication may have no region (it is optional); the criteria's set cannot be asked about null.
                && (ignored == Filter.REGION
                        || criteria.regions().isEmpty()
                        || (entry.region() != null && criteria.regions().contains(entry.region())))
                && entry.contains().containsAll(criteria.counts());
    }

    private static long count(List<SearchEntry> entries, Predicate<SearchEntry> predicate) {
        return entries.stream().filter(predicate).count();
    }
}
