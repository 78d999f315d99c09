package org.dataregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.UpdateFrequency;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search's rules (filters combine with AND, a repeated filter's values with OR, each facet counts under the
 * other filters) on publications held in memory.
 */
class SearchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final List<SearchEntry> entries = new ArrayList<>();

    @Test
    void withoutFiltersFindsEverythingInTheOrderGiven() {
        add("Gamma", "Argentina");
        add("Beta", "Chile");
        add("Zeta", "Chile");

        assertThat(titles(search(""))).containsExactly("Gamma", "Beta", "Zeta");
    }

    @Test
    void countryMatchesExactly() {
        add("A", "Niger");
        add("B", "Nigeria");

        assertThat(titles(search("country=Niger"))).containsExactly("A");
    }

    @Test
    void repeatedValuesOfOneFilterCombineWithOrAndFiltersWithAnd() {
        add("Europe monthly", "France", Region.EU, UpdateFrequency.MONTHLY);
        add("Asia monthly", "Japan", Region.AS, UpdateFrequency.MONTHLY);
        add("Asia daily", "Japan", Region.AS, UpdateFrequency.DAILY);
        add("Oceania monthly", "Fiji", Region.OC, UpdateFrequency.MONTHLY);

        assertThat(titles(search("region=EU&region=AS")))
                .containsExactly("Europe monthly", "Asia monthly", "Asia daily");
        assertThat(titles(search("region=EU&region=AS&update_frequency=MONTHLY")))
                .containsExactly("Europe monthly", "Asia monthly");
    }

    @Test
    void regionFilterLeavesOutPublicationsWithoutRegion() {
        add("Europe", "France", Region.EU, UpdateFrequency.MONTHLY);
        add("Nowhere", "", null, UpdateFrequency.MONTHLY);

        assertThat(titles(search("region=EU"))).containsExactly("Europe");
        assertThat(count(search("region=EU").facets().regions(), Region.EU)).isEqualTo(1);
    }

    @Test
    void dateRangeLooksAtTheActiveJobsFirstOrLastReleaseDate() {
        add(entry("Recent end", "A", e -> e.jobDates(TODAY.minusYears(10), TODAY.minusDays(20))));
        add(entry("Recent start", "B", e -> e.jobDates(TODAY.minusDays(100), null)));
        add(entry("Old", "C", e -> e.jobDates(TODAY.minusYears(10), TODAY.minusYears(9))));
        add(entry("Override only", "D", e -> e.overrides(TODAY.minusDays(5), TODAY.minusDays(1))));
        add(entry("Exactly a month", "E", e -> e.jobDates(null, TODAY.minusDays(30))));

        assertThat(titles(search("date_range=1M"))).containsExactly("Recent end", "Exactly a month");
        assertThat(titles(search("date_range=6M"))).containsExactly("Recent end", "Recent start", "Exactly a month");
        assertThat(titles(search("date_range=5Y"))).containsExactly("Recent end", "Recent start", "Exactly a month");
    }

    @Test
    void dataContainsNeedsEveryCountChosen() {
        add(entry("Awards only", "A", e -> e.contains(DataCount.AWARDS)));
        add(entry("Awards and contracts", "B", e -> e.contains(DataCount.AWARDS, DataCount.CONTRACTS)));
        add(entry("Nothing", "C", e -> e.contains()));

        assertThat(titles(search("counts=awards_count"))).containsExactly("Awards only", "Awards and contracts");
        assertThat(titles(search("counts=awards_count&counts=contracts_count")))
                .containsExactly("Awards and contracts");
    }

    @Test
    void unknownValuesAreIgnored() {
        add("A", "Chile");
        add("B", "Peru");

        SearchResult result = search("region=XX&date_range=7Y&counts=foo&update_frequency=SOMETIMES&page=abc");

        assertThat(titles(result)).containsExactly("A", "B");
        assertThat(result.criteria().filtered()).isFalse();
        assertThat(result.page()).isEqualTo(1);
    }

    @Test
    void eachFacetCountsUnderAllTheOtherFilters() {
        add("France daily", "France", Region.EU, UpdateFrequency.DAILY);
        add("France monthly", "France", Region.EU, UpdateFrequency.MONTHLY);
        add("Japan monthly", "Japan", Region.AS, UpdateFrequency.MONTHLY);
        add("Spain monthly", "Spain", Region.EU, UpdateFrequency.MONTHLY);

        Facets facets =
                search("country=France&update_frequency=MONTHLY&region=EU").facets();

        // Countries: under update frequency MONTHLY and region EU, whatever the country.
        assertThat(facets.countries())
                .extracting(FacetOption::value, FacetOption::count, FacetOption::selected)
                .containsExactly(tuple("France", 1L, true), tuple("Japan", 0L, false), tuple("Spain", 1L, false));
        // Update frequencies: France in EU, whatever the frequency.
        assertThat(count(facets.updateFrequencies(), UpdateFrequency.MONTHLY)).isEqualTo(1);
        assertThat(count(facets.updateFrequencies(), UpdateFrequency.DAILY)).isEqualTo(1);
        assertThat(count(facets.updateFrequencies(), UpdateFrequency.WEEKLY)).isZero();
        // Regions: France, monthly, whatever the region.
        assertThat(count(facets.regions(), Region.EU)).isEqualTo(1);
        assertThat(count(facets.regions(), Region.AS)).isZero();
        assertThat(facets.regions()).hasSize(Region.values().length);
        assertThat(facets.updateFrequencies()).hasSize(UpdateFrequency.values().length);
    }

    @Test
    void eachChoiceSaysItsParameterAndLabel() {
        Facets facets = search("").facets();

        assertThat(facets.counts().getFirst())
                .extracting(FacetOption::parameter, FacetOption::labelKey)
                .containsExactly("parties_count", "counts.parties_count");
        assertThat(facets.regions().getFirst())
                .extracting(FacetOption::parameter, FacetOption::labelKey)
                .containsExactly("MEA", "region.MEA");
        assertThat(facets.dateRanges().getFirst())
                .extracting(FacetOption::parameter, FacetOption::labelKey, FacetOption::selected)
                .containsExactly("", "dateRange.ALL", true);
    }

    @Test
    void aChoiceThatFindsNothingIsDisabledUnlessItIsChosen() {
        add("France", "France", Region.EU, UpdateFrequency.MONTHLY);

        Facets facets = search("region=AS").facets();

        FacetOption<Region> asia = facets.regions().stream()
                .filter(o -> o.value() == Region.AS)
                .findFirst()
                .orElseThrow();
        FacetOption<Region> oceania = facets.regions().stream()
                .filter(o -> o.value() == Region.OC)
                .findFirst()
                .orElseThrow();
        assertThat(asia.count()).isZero();
        assertThat(asia.disabled()).isFalse();
        assertThat(oceania.disabled()).isTrue();
    }

    @Test
    void dateRangeFacetCountsUnderTheOtherFiltersAndAllIsTheirTotal() {
        add(entry("Recent EU", "A", e -> e.region(Region.EU).jobDates(TODAY.minusDays(10), TODAY.minusDays(2))));
        add(entry("Old EU", "B", e -> e.region(Region.EU).jobDates(TODAY.minusYears(3), TODAY.minusYears(2))));
        add(entry("Recent Asia", "C", e -> e.region(Region.AS).jobDates(TODAY.minusDays(10), TODAY.minusDays(2))));

        Facets facets = search("region=EU&date_range=1M").facets();

        assertThat(facets.dateRanges())
                .extracting(FacetOption::parameter, FacetOption::count, FacetOption::selected)
                .containsExactly(
                        tuple("", 2L, false),
                        tuple("1M", 1L, true),
                        tuple("6M", 1L, false),
                        tuple("1Y", 1L, false),
                        tuple("5Y", 2L, false));
    }

    @Test
    void dataContainsFacetCountsAmongTheResults() {
        add(entry("EU awards", "A", e -> e.region(Region.EU).contains(DataCount.AWARDS, DataCount.PARTIES)));
        add(entry("EU parties", "B", e -> e.region(Region.EU).contains(DataCount.PARTIES)));
        add(entry("Asia awards", "C", e -> e.region(Region.AS).contains(DataCount.AWARDS)));

        Facets facets = search("region=EU").facets();

        assertThat(count(facets.counts(), DataCount.AWARDS)).isEqualTo(1);
        assertThat(count(facets.counts(), DataCount.PARTIES)).isEqualTo(2);
        assertThat(count(facets.counts(), DataCount.CONTRACTS)).isZero();
    }

    @Test
    void countriesAreEveryCountryTheVisitorMaySeeInOrderWithoutBlanks() {
        add("B", "");
        add("C", "Chile");
        add("A", "Perú");
        add("D", "Perú");

        assertThat(search("").facets().countries())
                .extracting(FacetOption::value, FacetOption::count)
                .containsExactly(tuple("Chile", 1L), tuple("Perú", 2L));
    }

    @Test
    void resultsComeAHundredToAPage() {
        for (int i = 0; i < 250; i++) {
            add("Publication %03d".formatted(i), "Chile");
        }

        SearchResult second = search("page=2");
        assertThat(second.total()).isEqualTo(250);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.entries()).hasSize(100);
        assertThat(second.entries().getFirst().title()).isEqualTo("Publication 100");
        assertThat(second.first()).isEqualTo(101);
        assertThat(second.last()).isEqualTo(200);

        SearchResult beyond = search("page=9");
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.entries()).hasSize(50);
    }

    @Test
    void criteriaLinksAreStableAndDropOnlyWhatIsRemoved() {
        SearchCriteria criteria =
                criteria("region=EU&country=C%C3%B4te+d%27Ivoire&region=AS&counts=awards_count&page=2");

        assertThat(criteria.queryString())
                .isEqualTo("country=C%C3%B4te%20d'Ivoire&region=AS&region=EU&counts=awards_count&page=2");
        assertThat(criteria.without(Region.EU).link("/es/search/"))
                .isEqualTo("/es/search/?country=C%C3%B4te%20d'Ivoire&region=AS&counts=awards_count");
        assertThat(criteria.withoutCountry()
                        .without(Region.EU)
                        .without(Region.AS)
                        .without(DataCount.AWARDS)
                        .link("/search/"))
                .isEqualTo("/search/");
    }

    private SearchResult search(String query) {
        return Search.run(entries, criteria(query), TODAY);
    }

    private static SearchCriteria criteria(String query) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                parameters.add(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return SearchCriteria.of(parameters);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> titles(SearchResult result) {
        return result.entries().stream().map(SearchEntry::title).toList();
    }

    private static <T> long count(List<FacetOption<T>> options, T value) {
        return options.stream()
                .filter(option -> option.value().equals(value))
                .findFirst()
                .orElseThrow()
                .count();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private void add(String title, String country) {
        add(entry(title, country, e -> e));
    }

    private void add(String title, String country, Region region, UpdateFrequency frequency) {
        add(entry(title, country, e -> e.region(region).frequency(frequency)));
    }

    private void add(SearchEntry entry) {
        entries.add(entry);
    }

    private SearchEntry entry(String title, String country, Function<Entry, Entry> with) {
        return with.apply(new Entry(entries.size() + 1L, title, country)).build();
    }

    /** A search entry to build in a test. */
    private static final class Entry {
        private final long id;
        private final String title;
        private final String country;
        private Region region;
        private UpdateFrequency frequency = UpdateFrequency.UNKNOWN;
        private LocalDate from;
        private LocalDate to;
        private LocalDate jobFrom;
        private LocalDate jobTo;
        private Set<DataCount> contains = EnumSet.noneOf(DataCount.class);

        Entry(long id, String title, String country) {
            this.id = id;
            this.title = title;
            this.country = country;
        }

        Entry region(Region value) {
            region = value;
            return this;
        }

        Entry frequency(UpdateFrequency value) {
            frequency = value;
            return this;
        }

        Entry jobDates(LocalDate jobFrom, LocalDate jobTo) {
            this.jobFrom = jobFrom;
            this.jobTo = jobTo;
            return this;
        }

        Entry overrides(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        Entry contains(DataCount... counts) {
            contains = counts.length == 0 ? EnumSet.noneOf(DataCount.class) : EnumSet.copyOf(List.of(counts));
            return this;
        }

        SearchEntry build() {
            return new SearchEntry(
                    id,
                    title,
                    country,
                    "",
                    region,
                    frequency,
                    null,
                    from != null ? from : jobFrom,
                    to != null ? to : jobTo,
                    jobFrom,
                    jobTo,
                    null,
                    1L,
                    contains);
        }
    }
}
