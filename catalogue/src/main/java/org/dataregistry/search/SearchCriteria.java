package org.dataregistry.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.UpdateFrequency;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search's filters, as the query string gives them (the original's parameters): one {@code country}, one
 * {@code date_range}, any number of {@code update_frequency}, {@code region} and {@code counts}; and the page. Values
 * that name nothing are ignored, so a stale or hand-edited link still shows results rather than an error.
 *
 * @param country a country name in the page's language, or {@code null}
 * @param dateRange or {@code null} for all dates
 * @param page 1-based page of results
 */
public record SearchCriteria(
        String country,
        DateRange dateRange,
        Set<UpdateFrequency> updateFrequencies,
        Set<Region> regions,
        Set<DataCount> counts,
        int page) {

    /** Longer values are not a country name: ignored rather than carried into every link. */
    private static final int MAX_COUNTRY_LENGTH = 200;
    /** No page number beyond this is believed (a larger one shows the last page). */
    private static final int MAX_PAGE = 100_000;

    public SearchCriteria {
        updateFrequencies = Set.copyOf(updateFrequencies);
        regions = Set.copyOf(regions);
        counts = Set.copyOf(counts);
    }

    /** The criteria of a query string's parameters. */
    public static SearchCriteria of(MultiValueMap<String, String> parameters) {
        String country = first(parameters, "country");
        if (country != null && (country.isBlank() || country.length() > MAX_COUNTRY_LENGTH)) {
            country = null;
        }
        return new SearchCriteria(
                country == null ? null : country.strip(),
                DateRange.ofCode(first(parameters, "date_range")),
                values(
                        parameters,
                        "update_frequency",
                        UpdateFrequency.class,
                        value -> enumNamed(UpdateFrequency.class, value)),
                values(parameters, "region", Region.class, value -> enumNamed(Region.class, value)),
                values(parameters, "counts", DataCount.class, DataCount::ofColumn),
                pageOf(first(parameters, "page")));
    }

    /** Whether any filter is set (the page does not count). */
    public boolean filtered() {
        return country != null
                || dateRange != null
                || !updateFrequencies.isEmpty()
                || !regions.isEmpty()
                || !counts.isEmpty();
    }

    /** The same filters on another page. */
    public SearchCriteria onPage(int other) {
        return new SearchCriteria(country, dateRange, updateFrequencies, regions, counts, other);
    }

    public SearchCriteria withoutCountry() {
        return new SearchCriteria(null, dateRange, updateFrequencies, regions, counts, 1);
    }

    public SearchCriteria withoutDateRange() {
        return new SearchCriteria(country, null, updateFrequencies, regions, counts, 1);
    }

    public SearchCriteria without(UpdateFrequency frequency) {
        return new SearchCriteria(country, dateRange, minus(updateFrequencies, frequency), regions, counts, 1);
    }

    public SearchCriteria without(Region region) {
        return new SearchCriteria(country, dateRange, updateFrequencies, minus(regions, region), counts, 1);
    }

    public SearchCriteria without(DataCount count) {
        return new SearchCriteria(country, dateRange, updateFrequencies, regions, minus(counts, count), 1);
    }

    /**
     * The query string of these criteria (encoded, without {@code ?}; empty for none), in a stable order so that
     * equal searches have equal links.
     */
    public String queryString() {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (country != null) {
            query.queryParam("country", country);
        }
        if (dateRange != null) {
            query.queryParam("date_range", dateRange.code());
        }
        sorted(updateFrequencies).forEach(frequency -> query.queryParam("update_frequency", frequency.name()));
        sorted(regions).forEach(region -> query.queryParam("region", region.name()));
        sorted(counts).forEach(count -> query.queryParam("counts", count.column()));
        if (page > 1) {
            query.queryParam("page", page);
        }
        String encoded = query.encode().build().getQuery();
        return encoded == null ? "" : encoded;
    }

    /** The filters in use, as removable badges, in the order of the filters on the page. */
    public List<Badge> badges() {
        List<Badge> badges = new ArrayList<>();
        if (country != null) {
            badges.add(new Badge(country, null, withoutCountry()));
        }
        if (dateRange != null) {
            badges.add(new Badge(null, "dateRange." + dateRange.code(), withoutDateRange()));
        }
        sorted(updateFrequencies)
                .forEach(frequency -> badges.add(new Badge(null, "updateFrequency." + frequency, without(frequency))));
        sorted(regions).forEach(region -> badges.add(new Badge(null, "region." + region, without(region))));
        sorted(counts).forEach(count -> badges.add(new Badge(null, "counts." + count.column(), without(count))));
        return badges;
    }

    /** A link to the search at {@code path} with these criteria, e.g. {@code /es/search/?region=EU}. */
    public String link(String path) {
        String query = queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> Set<E> values(
            MultiValueMap<String, String> parameters, String name, Class<E> type, Function<String, E> parse) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : parameters.getOrDefault(name, List.of())) {
            E parsed = parse.apply(value);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E enumNamed(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static int pageOf(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return 1;
        }
        return Math.clamp(Integer.parseInt(value), 1, MAX_PAGE);
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }

    private static <E> Set<E> minus(Set<E> values, E removed) {
        return values.stream().filter(value -> !value.equals(removed)).collect(java.util.stream.Collectors.toSet());
    }
}
