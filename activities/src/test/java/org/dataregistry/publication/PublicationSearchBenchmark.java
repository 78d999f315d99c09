package org.dataregistry.publication;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.dataregistry.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * How long the publications list takes to answer (count + one page of 50, as the grid asks) over N publications
 * with realistic variety, for the search box and each kind of filter. Run with {@code bench/publication-search [N]}.
 */
public final class PublicationSearchBenchmark {

    private static final String[] COUNTRIES = {
        "México",
        "Montréal",
        "España",
        "Côte d'Ivoire",
        "Perú",
        "Colombia",
        "Portugal",
        "United Kingdom",
        "Россия",
        "Україна",
        "Paraguay",
        "Nigeria"
    };

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null);
                HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername("postgres");
            Flyway.configure().dataSource(dataSource).load().migrate();
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
            insert(jdbc, size);
            jdbc.getJdbcTemplate().execute("ANALYZE publication");

            PublicationSearch search = new PublicationSearch(jdbc, Clock.systemUTC());
            System.out.printf("%,d publications; median of 20 runs of count + first page + page 100 (50 rows)%n", size);
            System.out.printf("%-34s %8s %10s%n", "query", "matches", "median ms");
            measure(search, "no filter", filter -> {});
            measure(search, "search \"mexico\" (accent-free)", filter -> filter.setSearch("mexico"));
            measure(search, "search \"tenders 42\" (two words)", filter -> filter.setSearch("tenders 42"));
            measure(search, "public + not frozen", filter -> {
                filter.setPublished(true);
                filter.setFrozen(false);
            });
            measure(search, "incomplete", filter -> filter.setIncomplete(true));
            measure(search, "untranslated", filter -> filter.setUntranslated(true));
            measure(
                    search,
                    "reviewed more than a year ago",
                    filter -> filter.setLastReviewed(LastReviewed.MORE_THAN_A_YEAR_AGO));
            measure(search, "monthly, no license, sorted by title", filter -> {
                filter.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
                filter.setLicenseEmpty(true);
            });
        }
    }

    private static void insert(NamedParameterJdbcTemplate jdbc, int size) {
        Random random = new Random(42);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        RetrievalFrequency[] frequencies = RetrievalFrequency.values();
        for (int i = 0; i < size; i++) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            rows.add(new MapSqlParameterSource()
                    .addValue("title", (random.nextBoolean() ? "Public tenders " : "Contracts portal ") + i)
                    .addValue("source", "spider_" + i)
                    .addValue("country", country)
                    .addValue("countryEs", random.nextInt(4) == 0 ? "" : country)
                    .addValue("description", random.nextInt(10) == 0 ? "" : "Procurement data of " + country + ".")
                    .addValue(
                            "frequency",
                            random.nextInt(8) == 0 ? null : frequencies[random.nextInt(frequencies.length)].name())
                    .addValue("public", random.nextBoolean())
                    .addValue("frozen", random.nextInt(5) == 0)
                    .addValue(
                            "reviewed",
                            random.nextInt(6) == 0 ? null : LocalDate.now().minusDays(random.nextInt(900))));
        }
        jdbc.batchUpdate("""
                INSERT INTO publication (title, source_id, source_url, country_en, country_es, description_en,
                                         description_es, retrieval_frequency, public, frozen, last_reviewed)
                VALUES (:title, :source, 'https://example.com/data', :country, :countryEs, :description, '',
                        :frequency, :public, :frozen, :reviewed)
                """, rows.toArray(MapSqlParameterSource[]::new));
    }

    private static void measure(PublicationSearch search, String label, Consumer<PublicationFilter> criteria) {
        PublicationFilter filter = new PublicationFilter();
        criteria.accept(filter);
        List<PublicationOrder.Sort> sorts = List.of(PublicationOrder.Sort.ascending(PublicationOrder.TITLE));
        long[] nanos = new long[20];
        int matches = 0;
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            matches = search.count(filter);
            search.find(filter, sorts, 0, 50);
            search.find(filter, sorts, 5_000, 50);
            nanos[run] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-34s %8d %10.1f%n", label, matches, nanos[nanos.length / 2] / 1e6);
    }
}
