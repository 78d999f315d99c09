package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.publication.TestPublications.complete;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseRepository;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class PublicationSearchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    PublicationRepository publications;

    @Autowired
    LicenseRepository licenses;

    @Autowired
    NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    JdbcClient jdbc;

    PublicationSearch search;

    @BeforeEach
    void searchOnAFixedDay() {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        search = new PublicationSearch(namedJdbc, clock);
    }

    @Nested
    class Search {

        @Test
        void ignoresCaseAndAccents() {
            save("Montréal open data", p -> p.getCountry().setEn("Canada"));
            save("Mexico City", p -> p.getCountry().setEn("México"));
            save("Toronto", p -> p.getCountry().setEn("Canada"));

            assertThat(titles(PublicationFilter.search("montreal"))).containsExactly("Montréal open data");
            assertThat(titles(PublicationFilter.search("MONTRÉAL"))).containsExactly("Montréal open data");
            assertThat(titles(PublicationFilter.search("Mexico"))).containsExactly("Mexico City");
            assertThat(titles(PublicationFilter.search("méxico"))).containsExactly("Mexico City");
        }

        @Test
        void findsTheCountryInEveryLanguage() {
            save("National procurement", p -> p.setCountry(new Translations("Russia", "Rusia", "Россия")));
            save("Other", p -> p.setCountry(new Translations("Chile", "Chile", "Чили")));

            assertThat(titles(PublicationFilter.search("россия"))).containsExactly("National procurement");
            assertThat(titles(PublicationFilter.search("rusia"))).containsExactly("National procurement");
        }

        @Test
        void requiresEveryWordSomewhereInTitleOrCountry() {
            save("City tenders", p -> p.getCountry().setEn("Mexico"));
            save("City tenders", p -> p.getCountry().setEn("Chile"));

            assertThat(search.find(PublicationFilter.search("  mexico   CITY "), List.of(), 0, 10))
                    .extracting(PublicationSummary::country)
                    .containsExactly("Mexico");
        }

        @Test
        void ignoresPunctuationInTheTextAndTheQuery() {
            save("Open contracting", p -> p.setCountry(new Translations("Côte d'Ivoire", "Costa de Marfil", "")));
            save("Guinea-Bissau tenders", p -> p.getCountry().setEn("Guinea-Bissau"));
            save("Ivory Coast tenders", p -> p.getCountry().setEn("Cote"));

            for (String query : List.of(
                    "cote divoire", "cote d ivoire", "Côte d’Ivoire", "COTE D'IVOIRE", "divoire", "côte d-ivoire")) {
                assertThat(titles(PublicationFilter.search(query))).as(query).containsExactly("Open contracting");
            }
            assertThat(titles(PublicationFilter.search("guinea bissau"))).containsExactly("Guinea-Bissau tenders");
            assertThat(titles(PublicationFilter.search("guineabissau"))).containsExactly("Guinea-Bissau tenders");
        }

        @Test
        void wordsDoNotMatchAcrossSpaces() {
            save("Open contracting", p -> p.getCountry().setEn("Côte d'Ivoire"));

            assertThat(titles(PublicationFilter.search("cotedivoire"))).isEmpty();
            assertThat(titles(PublicationFilter.search("opencontracting"))).isEmpty();
        }

        @Test
        void likeWildcardsAreFoldedAwayLikeAnyPunctuation() {
            save("100% open", p -> {});
            save("Mexico", p -> {});

            assertThat(titles(PublicationFilter.search("m%co"))).isEmpty();
            assertThat(titles(PublicationFilter.search("m_xico"))).isEmpty();
            assertThat(titles(PublicationFilter.search("100%"))).containsExactly("100% open");
            assertThat(titles(PublicationFilter.search("open %"))).containsExactly("100% open");
            assertThat(search.count(PublicationFilter.search("% _ \\"))).isEqualTo(2);
        }

        @Test
        void blankSearchMatchesEverything() {
            save("A", p -> {});
            save("B", p -> {});

            assertThat(search.count(PublicationFilter.search("   "))).isEqualTo(2);
        }
    }

    @Test
    void publicFilter() {
        save("public", p -> p.setPublished(true));
        save("private", p -> p.setPublished(false));

        assertThat(titles(filter(f -> f.setPublished(true)))).containsExactly("public");
        assertThat(titles(filter(f -> f.setPublished(false)))).containsExactly("private");
    }

    @Test
    void frozenFilter() {
        save("frozen", p -> p.setFrozen(true));
        save("thawed", p -> p.setFrozen(false));

        assertThat(titles(filter(f -> f.setFrozen(true)))).containsExactly("frozen");
        assertThat(titles(filter(f -> f.setFrozen(false)))).containsExactly("thawed");
    }

    @Test
    void activeJobFilter() {
        Publication withJob = save("with job", p -> {});
        save("without job", p -> {});
        withJob.setActiveJobId(completedJob(withJob.getId()));
        publications.save(withJob);

        assertThat(titles(filter(f -> f.setActiveJobEmpty(true)))).containsExactly("without job");
        assertThat(titles(filter(f -> f.setActiveJobEmpty(false)))).containsExactly("with job");
        assertThat(search.find(filter(f -> f.setActiveJobEmpty(false)), List.of(), 0, 1)
                        .getFirst()
                        .activeJob())
                .satisfies(job -> assertThat(job.label()).isEqualTo("2026-11-01 .. 2026-11-02 (" + job.id() + ")"));
    }

    @Test
    void retrievalFrequencyFilter() {
        save("weekly", p -> p.setRetrievalFrequency(RetrievalFrequency.WEEKLY));
        save("never", p -> p.setRetrievalFrequency(RetrievalFrequency.NEVER));
        save("unset", p -> p.setRetrievalFrequency(null));

        assertThat(titles(filter(f -> f.setRetrievalFrequency(RetrievalFrequency.NEVER))))
                .containsExactly("never");
        assertThat(titles(filter(f -> f.setRetrievalFrequencyUnset(true)))).containsExactly("unset");
        assertThat(titles(filter(f -> f.setRetrievalFrequencyUnset(false))))
                .containsExactlyInAnyOrder("weekly", "never");
    }

    @Test
    void dataLicenseFilter() {
        License license = new License();
        license.setName(Translations.english("CC BY 4.0"));
        Long licenseId = licenses.save(license).getId();
        save("licensed", p -> p.setLicenseId(licenseId));
        save("unlicensed", p -> p.setLicenseId(null));

        assertThat(titles(filter(f -> f.setLicenseEmpty(true)))).containsExactly("unlicensed");
        assertThat(titles(filter(f -> f.setLicenseEmpty(false)))).containsExactly("licensed");
    }

    @Test
    void qualitySummaryInEnglishFilter() {
        save("summarised", p -> p.getSummary().setEn("Good data."));
        save("summarised in Spanish only", p -> p.getSummary().setEs("Buenos datos."));

        assertThat(titles(filter(f -> f.setSummaryEnEmpty(true)))).containsExactly("summarised in Spanish only");
        assertThat(titles(filter(f -> f.setSummaryEnEmpty(false)))).containsExactly("summarised");
    }

    @Nested
    class Incomplete {

        @Test
        void aCompletePublicationIsNotIncomplete() {
            save("complete", p -> {});

            assertThat(titles(filter(f -> f.setIncomplete(true)))).isEmpty();
            assertThat(titles(filter(f -> f.setIncomplete(false)))).containsExactly("complete");
        }

        @Test
        void anyMissingRequiredFieldMakesItIncomplete() {
            save("no country", p -> p.getCountry().setEn(""));
            save("no flag", p -> p.setCountryFlag(""));
            save("no language", p -> p.getLanguage().setEn(""));
            save("no description", p -> p.getDescription().setEn(""));
            save("no source URL", p -> p.setSourceUrl(""));
            save("no retrieval frequency", p -> p.setRetrievalFrequency(null));
            save("no data availability", p -> p.getAdditionalData().setEn(""));
            save("complete", p -> {});

            assertThat(titles(filter(f -> f.setIncomplete(true))))
                    .containsExactlyInAnyOrder(
                            "no country",
                            "no flag",
                            "no language",
                            "no description",
                            "no source URL",
                            "no retrieval frequency",
                            "no data availability");
        }

        @Test
        void aFrozenPublicationNeedsNoRetrievalFrequency() {
            save("frozen without frequency", p -> {
                p.setFrozen(true);
                p.setRetrievalFrequency(null);
            });

            assertThat(titles(filter(f -> f.setIncomplete(true)))).isEmpty();
        }

        @Test
        void onlyEnglishTextsCount() {
            save("Spanish country only", p -> p.setCountry(new Translations("", "Portugal", "")));

            assertThat(titles(filter(f -> f.setIncomplete(true)))).containsExactly("Spanish country only");
        }
    }

    @Nested
    class Untranslated {

        @Test
        void englishWithoutSpanishIsUntranslated() {
            save("country", p -> p.getCountry().setEs(""));
            save("language", p -> p.getLanguage().setEs(""));
            save("description", p -> p.getDescription().setEs(""));
            save("description long", p -> p.setDescriptionLong(new Translations("More.", "", "")));
            save("summary", p -> p.setSummary(new Translations("Fine.", "", "")));
            save("data availability", p -> p.getAdditionalData().setEs(""));
            save("translated", p -> {});

            assertThat(titles(filter(f -> f.setUntranslated(true))))
                    .containsExactlyInAnyOrder(
                            "country", "language", "description", "description long", "summary", "data availability");
            assertThat(titles(filter(f -> f.setUntranslated(false)))).containsExactly("translated");
        }

        @Test
        void missingRussianOrMissingEnglishIsNotUntranslated() {
            save("no Russian", p -> p.setSummary(new Translations("Fine.", "Bien.", "")));
            save("Spanish only", p -> p.setSummary(new Translations("", "Bien.", "")));

            assertThat(titles(filter(f -> f.setUntranslated(true)))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(LastReviewed.class)
    void lastReviewedFilter(LastReviewed choice) {
        save("today", p -> p.setLastReviewed(TODAY));
        save("6 days ago", p -> p.setLastReviewed(TODAY.minusDays(6)));
        save("earlier this month", p -> p.setLastReviewed(TODAY.withDayOfMonth(2)));
        save("earlier this year", p -> p.setLastReviewed(LocalDate.of(2026, 1, 1)));
        save("last December", p -> p.setLastReviewed(LocalDate.of(2025, 12, 31)));
        save("last January", p -> p.setLastReviewed(LocalDate.of(2025, 1, 1)));
        save("a year ago today", p -> p.setLastReviewed(TODAY.minusYears(1)));
        save("two years ago", p -> p.setLastReviewed(LocalDate.of(2024, 6, 1)));
        save("never", p -> p.setLastReviewed(null));

        List<String> expected = switch (choice) {
            case ANY_DATE ->
                List.of(
                        "today",
                        "6 days ago",
                        "earlier this month",
                        "earlier this year",
                        "last December",
                        "last January",
                        "a year ago today",
                        "two years ago",
                        "never");
            case TODAY -> List.of("today");
            case PAST_7_DAYS -> List.of("today", "6 days ago");
            case THIS_MONTH -> List.of("today", "6 days ago", "earlier this month");
            case THIS_YEAR -> List.of("today", "6 days ago", "earlier this month", "earlier this year");
            case PREVIOUS_YEAR -> List.of("last December", "last January", "a year ago today");
            case MORE_THAN_A_YEAR_AGO -> List.of("last January", "two years ago");
            case NO_DATE -> List.of("never");
            case HAS_DATE ->
                List.of(
                        "today",
                        "6 days ago",
                        "earlier this month",
                        "earlier this year",
                        "last December",
                        "last January",
                        "a year ago today",
                        "two years ago");
        };
        assertThat(titles(filter(f -> f.setLastReviewed(choice)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void filtersCombine() {
        save("public frozen", p -> {
            p.setPublished(true);
            p.setFrozen(true);
        });
        save("public thawed", p -> p.setPublished(true));
        save("private frozen", p -> p.setFrozen(true));

        assertThat(titles(filter(f -> {
                    f.setPublished(true);
                    f.setFrozen(true);
                })))
                .containsExactly("public frozen");
        assertThat(search.count(filter(f -> {
                    f.setPublished(true);
                    f.setFrozen(true);
                    f.setSearch("thawed");
                })))
                .isZero();
    }

    @Test
    void newestFirstUnlessSortedOtherwise() {
        save("Bravo", p -> p.setLastReviewed(TODAY.minusDays(3)));
        save("alpha", p -> p.setLastReviewed(null));
        save("Charlie", p -> p.setLastReviewed(TODAY));

        assertThat(titles(new PublicationFilter())).containsExactly("Charlie", "alpha", "Bravo");
        assertThat(search.find(
                        new PublicationFilter(),
                        List.of(PublicationOrder.Sort.ascending(PublicationOrder.TITLE)),
                        0,
                        10))
                .extracting(PublicationSummary::title)
                .containsExactly("alpha", "Bravo", "Charlie");
        assertThat(search.find(
                        new PublicationFilter(),
                        List.of(PublicationOrder.Sort.descending(PublicationOrder.LAST_REVIEWED)),
                        0,
                        10))
                .extracting(PublicationSummary::title)
                .containsExactly("Charlie", "Bravo", "alpha");
    }

    @Test
    void pagesThroughResults() {
        for (int i = 1; i <= 25; i++) {
            String title = "Publication %02d".formatted(i);
            save(title, p -> {});
        }
        List<PublicationOrder.Sort> byTitle = List.of(PublicationOrder.Sort.ascending(PublicationOrder.TITLE));

        assertThat(search.count(new PublicationFilter())).isEqualTo(25);
        assertThat(search.find(new PublicationFilter(), byTitle, 20, 10))
                .extracting(PublicationSummary::title)
                .containsExactly(
                        "Publication 21", "Publication 22", "Publication 23", "Publication 24", "Publication 25");
    }

    private Publication save(String title, Consumer<Publication> change) {
        Publication publication = complete(title);
        change.accept(publication);
        return publications.save(publication);
    }

    private long completedJob(long publicationId) {
        return jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end")
                        VALUES (:publication, 'COMPLETED', :start, :end) RETURNING id
                        """)
                .param("publication", publicationId)
                .param("start", java.sql.Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")))
                .param("end", java.sql.Timestamp.from(Instant.parse("2026-11-02T10:00:00Z")))
                .query(Long.class)
                .single();
    }

    private static PublicationFilter filter(Consumer<PublicationFilter> criteria) {
        PublicationFilter filter = new PublicationFilter();
        criteria.accept(filter);
        return filter;
    }

    private List<String> titles(PublicationFilter filter) {
        return search.find(filter, List.of(), 0, 100).stream()
                .map(PublicationSummary::title)
                .toList();
    }
}
