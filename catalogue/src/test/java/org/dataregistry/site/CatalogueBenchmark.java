package org.dataregistry.site;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.database.EmbeddedDatabase;
import org.dataregistry.ocds.coverage.CoverageCounts;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * How fast the public site answers, over HTTP, with N publications (half of them visible) in an embedded PostgreSQL:
 * the app jar runs as a child process against that database and a temporary data directory holding the export
 * files. Measures the search page, publication pages, {@code /publications.json}, one 1 GiB download, 100 concurrent
 * 200 MiB downloads (and the app's heap while they are in flight) and compression, then prints one table. Run with
 * {@code bench/catalogue [N]}; arguments: N (default 10,000) and the app jar.
 */
public final class CatalogueBenchmark implements AutoCloseable {

    private static final int WARM_UP_REQUESTS = 200;
    private static final int PAGE_REQUESTS = 200;
    private static final int JSON_REQUESTS = 30;
    private static final int CONCURRENT_DOWNLOADS = 100;
    private static final long BIG_FILE_BYTES = 1L << 30;
    private static final long YEAR_FILE_BYTES = 200L << 20;
    /** Changes to the catalogue after which the first request is timed. */
    private static final int CHANGES = 10;

    /** Each concurrent download reads this much, then waits until the app's heap has been measured. */
    private static final long IN_FLIGHT_BYTES = 1L << 20;

    private static final String THREE_FILTERS = "region=LAC&update_frequency=MONTHLY&counts=awards_count";

    /** en | es | ru | flag | region: ~60 countries, some with accents, as the admins write them. */
    private static final List<Country> COUNTRIES =
            Stream.of("""
            Mexico|México|Мексика|mx|LAC
            Chile|Chile|Чили|cl|LAC
            Colombia|Colombia|Колумбия|co|LAC
            Peru|Perú|Перу|pe|LAC
            Argentina|Argentina|Аргентина|ar|LAC
            Brazil|Brasil|Бразилия|br|LAC
            Paraguay|Paraguay|Парагвай|py|LAC
            Uruguay|Uruguay|Уругвай|uy|LAC
            Ecuador|Ecuador|Эквадор|ec|LAC
            Honduras|Honduras|Гондурас|hn|LAC
            Guatemala|Guatemala|Гватемала|gt|LAC
            Dominican Republic|República Dominicana|Доминиканская Республика|do|LAC
            Panama|Panamá|Панама|pa|LAC
            Costa Rica|Costa Rica|Коста-Рика|cr|LAC
            Curaçao|Curazao|Кюрасао|cw|LAC
            United States|Estados Unidos|США|us|NA
            Canada|Canadá|Канада|ca|NA
            United Kingdom|Reino Unido|Великобритания|gb|EU
            England|Inglaterra|Англия|gb-eng|EU
            Scotland|Escocia|Шотландия|gb-sct|EU
            France|Francia|Франция|fr|EU
            Spain|España|Испания|es|EU
            Portugal|Portugal|Португалия|pt|EU
            Italy|Italia|Италия|it|EU
            Germany|Alemania|Германия|de|EU
            Netherlands|Países Bajos|Нидерланды|nl|EU
            Belgium|Bélgica|Бельгия|be|EU
            Poland|Polonia|Польша|pl|EU
            Romania|Rumania|Румыния|ro|EU
            Lithuania|Lituania|Литва|lt|EU
            Slovakia|Eslovaquia|Словакия|sk|EU
            Åland Islands|Islas Åland|Аландские острова|ax|EU
            Ukraine|Ucrania|Украина|ua|EECA
            Moldova|Moldavia|Молдова|md|EECA
            Georgia|Georgia|Грузия|ge|EECA
            Armenia|Armenia|Армения|am|EECA
            Kyrgyzstan|Kirguistán|Киргизия|kg|EECA
            Kazakhstan|Kazajistán|Казахстан|kz|EECA
            Türkiye|Turquía|Турция|tr|EECA
            Albania|Albania|Албания|al|EECA
            Nigeria|Nigeria|Нигерия|ng|MEA
            Kenya|Kenia|Кения|ke|MEA
            Uganda|Uganda|Уганда|ug|MEA
            Zambia|Zambia|Замбия|zm|MEA
            Malawi|Malaui|Малави|mw|MEA
            Ghana|Ghana|Гана|gh|MEA
            Côte d'Ivoire|Costa de Marfil|Кот-д’Ивуар|ci|MEA
            São Tomé and Príncipe|Santo Tomé y Príncipe|Сан-Томе и Принсипи|st|MEA
            Réunion|Reunión|Реюньон|re|MEA
            Afghanistan|Afganistán|Афганистан|af|AS
            Nepal|Nepal|Непал|np|AS
            Bangladesh|Bangladés|Бангладеш|bd|AS
            Indonesia|Indonesia|Индонезия|id|AS
            Philippines|Filipinas|Филиппины|ph|AS
            Mongolia|Mongolia|Монголия|mn|AS
            Viet Nam|Vietnam|Вьетнам|vn|AS
            India|India|Индия|in|AS
            Australia|Australia|Австралия|au|OC
            New Zealand|Nueva Zelanda|Новая Зеландия|nz|OC
            Papua New Guinea|Papúa Nueva Guinea|Папуа — Новая Гвинея|pg|OC
            Fiji|Fiyi|Фиджи|fj|OC
            """.strip().split("\n")).map(Country::parse).toList();

    private static final String[] PORTALS = {
        "Public procurement",
        "Open contracting portal",
        "Contracts register",
        "Infrastructure projects",
        "State procurement agency",
        "Municipal tenders",
        "Health purchases",
        "Electronic procurement system"
    };
    private static final String[] AGENCIES = {
        "the Ministry of Finance",
        "the national procurement agency",
        "the public procurement directorate",
        "the city council",
        "the Ministry of Health",
        "the office of the comptroller"
    };
    private static final String[] UPDATE_FREQUENCIES = {
        "UNKNOWN", "REAL_TIME", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "ANNUALLY"
    };
    private static final String[] RETRIEVAL_FREQUENCIES = {
        "WEEKLY", "BIWEEKLY", "MONTHLY", "HALF_YEARLY", "ANNUALLY", "NEVER"
    };
    private static final String[] FORMATS = {"jsonl.gz", "csv.tar.gz", "xlsx"};

    private static final String VALUE = "amount currency";
    private static final String PERIOD = "startDate endDate maxExtentDate durationInDays";
    private static final String ORGANIZATION = "id name";
    private static final String DOCUMENT =
            "id documentType title description url datePublished dateModified format" + " language";
    private static final String ITEM = "id description classification{scheme id description uri}"
            + " additionalClassifications[{scheme id description}] quantity unit{scheme id name value{" + VALUE + "}}"
            + " deliveryLocation{description} deliveryAddress{streetAddress locality region postalCode countryName}";
    private static final String MILESTONE =
            "id title type description code dueDate dateMet dateModified status" + " documents[{" + DOCUMENT + "}]";
    private static final String AMENDMENT = "id date rationale description amendsReleaseID releaseID";
    /** The fields of a compiled release, to make the paths of a coverage map as Cardinal counts them. */
    private static final String RELEASE = "ocid id date tag[] initiationType language"
            + " parties[{name id identifier{scheme id legalName uri} additionalIdentifiers[{scheme id legalName}]"
            + " address{streetAddress locality region postalCode countryName}"
            + " contactPoint{name email telephone faxNumber url} roles[] details{scale}}]"
            + " buyer{" + ORGANIZATION + "}"
            + " planning{rationale budget{id description amount{" + VALUE + "} project projectID uri}"
            + " documents[{" + DOCUMENT + "}] milestones[{" + MILESTONE + "}]}"
            + " tender{id title description status procuringEntity{" + ORGANIZATION + "} items[{" + ITEM + "}]"
            + " value{" + VALUE + "} minValue{" + VALUE + "} procurementMethod procurementMethodDetails"
            + " procurementMethodRationale mainProcurementCategory additionalProcurementCategories[] awardCriteria"
            + " awardCriteriaDetails submissionMethod[] submissionMethodDetails tenderPeriod{" + PERIOD + "}"
            + " enquiryPeriod{" + PERIOD + "} hasEnquiries eligibilityCriteria awardPeriod{" + PERIOD + "}"
            + " contractPeriod{" + PERIOD + "} numberOfTenderers tenderers[{" + ORGANIZATION + "}]"
            + " documents[{" + DOCUMENT + "}] milestones[{" + MILESTONE + "}] amendments[{" + AMENDMENT + "}]}"
            + " awards[{id title description status date value{" + VALUE + "} suppliers[{" + ORGANIZATION + "}]"
            + " items[{" + ITEM + "}] contractPeriod{" + PERIOD + "} documents[{" + DOCUMENT + "}]"
            + " amendments[{" + AMENDMENT + "}]}]"
            + " contracts[{id awardID title description status period{" + PERIOD + "} value{" + VALUE + "}"
            + " items[{" + ITEM + "}] dateSigned documents[{" + DOCUMENT + "}]"
            + " implementation{transactions[{id source date value{" + VALUE + "} payer{" + ORGANIZATION + "}"
            + " payee{" + ORGANIZATION + "} uri}] milestones[{" + MILESTONE + "}] documents[{" + DOCUMENT + "}]}"
            + " relatedProcesses[{id relationship[] title scheme identifier uri}] milestones[{" + MILESTONE + "}]"
            + " amendments[{" + AMENDMENT + "}]}]"
            + " relatedProcesses[{id relationship[] title scheme identifier uri}]";
    /** Sections some publishers leave out entirely (then the job's counts of them are 0), with the odds of that. */
    private static final Map<String, Double> OPTIONAL_SECTIONS =
            Map.of("/planning", 0.5, "/awards", 0.2, "/contracts", 0.3, "/parties", 0.1, "/relatedProcesses", 0.7);

    private final int size;
    private final Path jar;
    private final Random random = new Random(42);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Row> rows = new ArrayList<>();
    private final List<CoveragePath> coveragePaths = CoveragePath.of(RELEASE);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Path work;
    private EmbeddedDatabase database;
    private Process app;
    private URI base;

    private CatalogueBenchmark(int size, Path jar) {
        this.size = size;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path jar = Path.of(args.length > 1 ? args[1] : "admin-ui/target/data-registry.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No app jar at " + jar + ": build it first (bench/catalogue does)");
        }
        CatalogueBenchmark benchmark = new CatalogueBenchmark(size, jar);
        // Ctrl-C still stops the app and the database and removes the files.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::close));
        try (benchmark) {
            benchmark.run();
        }
    }

    private void run() throws Exception {
        System.out.printf(
                "%,d publications, %d cores, load average before: %s%n",
                size, Runtime.getRuntime().availableProcessors(), loadAverage());
        work = Files.createTempDirectory("catalogue-bench");
        Path dataDir = Files.createDirectories(work.resolve("data"));

        long start = System.nanoTime();
        database = EmbeddedDatabase.start(null);
        Seeded seeded = seed(dataDir);
        System.out.printf(
                "seeded in %.0f s: %,d visible publications, %,d jobs, %d coverage paths at most, %,d export"
                        + " files%n",
                seconds(start), seeded.visible().size(), seeded.jobs(), coveragePaths.size(), seeded.files());

        start = System.nanoTime();
        startApp(dataDir);
        System.out.printf("app started in %.0f s (pid %d)%n", seconds(start), app.pid());

        boolean json = get("/publications.json", true).status() != 404;
        warmUp(seeded, json);
        System.out.printf("warmed up with %d requests; load average: %s%n", WARM_UP_REQUESTS, loadAverage());

        attempt(
                "search, no filter",
                "p95 ≤ 100 ms",
                () -> latency("search, no filter", PAGE_REQUESTS, 100, i -> "/search/"));
        attempt(
                "search, 3 filters",
                "p95 ≤ 100 ms",
                () -> latency("search, 3 filters", PAGE_REQUESTS, 100, i -> "/search/?" + THREE_FILTERS));
        attempt(
                "publication page",
                "p95 ≤ 30 ms",
                () -> latency(
                        "publication page",
                        PAGE_REQUESTS,
                        30,
                        i -> "/publication/"
                                + seeded.visible()
                                        .get(random.nextInt(seeded.visible().size()))));
        if (json) {
            attempt(
                    "/publications.json",
                    "p95 ≤ 300 ms",
                    () -> latency("/publications.json", JSON_REQUESTS, 300, i -> "/publications.json"));
        } else {
            rows.add(new Row("/publications.json", "n/a (404 in this build)", "p95 ≤ 300 ms", "n/a"));
        }
        attempt("search, after a change", "—", () -> afterChanges("search, after a change", seeded, "/search/"));
        if (json) {
            attempt(
                    "/publications.json, after a change",
                    "—",
                    () -> afterChanges("/publications.json, after a change", seeded, "/publications.json"));
        }
        attempt("1 GiB download", "≥ 500 MB/s", () -> bigDownload(seeded.big()));
        attempt("100 × 200 MiB downloads", "all complete", () -> concurrentDownloads(seeded.big()));
        attempt("gzip, HTML", "yes", () -> compression("gzip, HTML (search page)", "/search/"));
        if (json) {
            attempt("gzip, JSON", "yes", () -> compression("gzip, JSON (/publications.json)", "/publications.json"));
        } else {
            rows.add(new Row("gzip, JSON (/publications.json)", "n/a (404 in this build)", "yes", "n/a"));
        }
        System.out.printf("load average after: %s%n%n", loadAverage());
        printTable();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Seeding

    private record Country(String en, String es, String ru, String flag, String region) {
        static Country parse(String line) {
            String[] fields = line.strip().split("\\|");
            return new Country(fields[0], fields[1], fields[2], fields[3] + ".svg", fields[4]);
        }
    }

    /**
     * @param visible ids of the publications anonymous visitors see
     * @param big id of the visible publication whose active job has the 1 GiB and 200 MiB files
     */
    private record Seeded(List<Long> visible, long big, int jobs, int files) {}

    private Seeded seed(Path dataDir) throws SQLException, IOException {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername("postgres");
            Flyway.configure().dataSource(dataSource).load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                Seeded seeded = insert(connection, dataDir);
                connection.commit();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("publication", "job")) {
                        statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                                + " (SELECT max(id) FROM " + table + "))");
                    }
                    statement.execute("ANALYZE");
                }
                return seeded;
            }
        }
    }

    private Seeded insert(Connection connection, Path dataDir) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO license (id, name_en, name_es, description_en, url) VALUES
                    (1, 'Creative Commons Attribution 4.0', 'Creative Commons Atribución 4.0',
                     'You may share and adapt the data, **with attribution**.', 'https://creativecommons.org/licenses/by/4.0/'),
                    (2, 'Open Data Commons Attribution License', '', 'Attribution required.', 'https://opendatacommons.org/licenses/by/'),
                    (3, 'Public domain', 'Dominio público', 'No restrictions.', '')
                    """);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        boolean[] visible = new boolean[size + 1];
        order.subList(0, size / 2).forEach(i -> visible[i] = true);
        long big = order.getFirst();

        Templates templates = new Templates(work.resolve("templates"));
        List<Long> visibleIds = new ArrayList<>();
        int jobs = 0;
        int files = 0;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (PreparedStatement publications = connection.prepareStatement("""
                INSERT INTO publication (id, title, country_en, country_es, country_ru, language_en, description_en,
                    description_es, description_long_en, summary_en, country_flag, region, update_frequency,
                    retrieval_frequency, last_reviewed, license_id, source_url, source_id, frozen, public, ocid_prefix,
                    publication_policy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
                PreparedStatement jobInsert = connection.prepareStatement("""
                INSERT INTO job (id, publication_id, status, start, "end", context, coverage, tenders_count,
                    tenderers_count, tenders_items_count, parties_count, awards_count, awards_items_count,
                    awards_suppliers_count, contracts_count, contracts_items_count, contracts_transactions_count,
                    documents_count, plannings_count, milestones_count, amendments_count, date_from, date_to,
                    ocid_prefix, license, publication_policy)
                VALUES (?, ?, 'COMPLETED', ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (int id = 1; id <= size; id++) {
                Country country = random.nextInt(50) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                boolean isPublic = visible[id] || random.nextInt(3) == 0;
                addPublication(publications, id, country, isPublic);
                // Visible ones have an active job; a third of the others too, but are not public.
                boolean hasJob = visible[id] || (!isPublic && random.nextInt(3) == 0);
                if (hasJob) {
                    jobs++;
                    JobFacts job = addJob(jobInsert, id, today);
                    if (visible[id]) {
                        visibleIds.add((long) id);
                        // The job's id is its publication's.
                        files += writeFiles(
                                dataDir.resolve("exports").resolve(Integer.toString(id)), job, templates, id == big);
                    }
                }
                if (id % 500 == 0) {
                    publications.executeBatch();
                    jobInsert.executeBatch();
                }
            }
            publications.executeBatch();
            jobInsert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            // Job id = publication id: each publication has at most one job, its active one.
            statement.execute("""
                    UPDATE publication p SET active_job_id = j.id, last_retrieved = j."end"::date
                    FROM job j WHERE j.publication_id = p.id
                    """);
        }
        return new Seeded(visibleIds, big, jobs, files);
    }

    private void addPublication(PreparedStatement insert, int id, Country country, boolean isPublic)
            throws SQLException {
        String portal = PORTALS[random.nextInt(PORTALS.length)];
        String countryName = country == null ? "" : country.en();
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        insert.setLong(1, id);
        insert.setString(
                2, country == null ? portal + " (multilateral) " + id : countryName + ": " + portal + " " + id);
        insert.setString(3, countryName);
        insert.setString(4, country != null && random.nextInt(10) < 6 ? country.es() : "");
        insert.setString(5, country != null && random.nextInt(10) < 4 ? country.ru() : "");
        insert.setString(6, random.nextBoolean() ? "English" : "Spanish");
        insert.setString(7, """
                Procurement data published by **%s** of %s, covering tenders, awards and contracts since %d. \
                The data is collected from the [official portal](https://example.org/portal/%d) and compiled into \
                one release per contracting process.

                Amounts are in the local currency; *suppliers* are identified by their tax number.""".formatted(
                agency, countryName.isEmpty() ? "several countries" : countryName, 2010 + random.nextInt(12), id));
        insert.setString(8, random.nextInt(3) == 0 ? "Datos de contrataciones publicados por **" + agency + "**." : "");
        insert.setString(9, random.nextInt(3) == 0 ? """
                The publisher uses the OCDS 1.1 schema with the *bids* and *lots* extensions.

                - Releases before 2015 lack tender values.
                - Cancelled processes are kept, with status `cancelled`.""" : "");
        insert.setString(
                10, random.nextInt(4) == 0 ? "Good coverage of awards; contract implementation is sparse." : "");
        insert.setString(11, country == null ? "" : country.flag());
        insert.setString(12, country == null ? null : country.region());
        insert.setString(13, UPDATE_FREQUENCIES[random.nextInt(UPDATE_FREQUENCIES.length)]);
        insert.setString(14, random.nextInt(8) == 0 ? null : RETRIEVAL_FREQUENCIES[random.nextInt(6)]);
        insert.setObject(
                15,
                random.nextInt(5) == 0
                        ? null
                        : Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500))),
                Types.DATE);
        insert.setObject(16, random.nextInt(5) == 0 ? null : 1L + random.nextInt(3), Types.BIGINT);
        insert.setString(17, "https://example.org/api/" + id);
        insert.setString(18, "spider_" + id);
        insert.setBoolean(19, random.nextInt(10) == 0);
        insert.setBoolean(20, isPublic);
        insert.setString(21, "ocds-" + Integer.toString(id * 7919, 36));
        insert.setString(22, random.nextBoolean() ? "https://example.org/policy" : "");
        insert.addBatch();
    }

    /** What the files of a job need to know of it. */
    private record JobFacts(long releases, List<Integer> years, boolean undated) {}

    private JobFacts addJob(PreparedStatement insert, int id, LocalDate today) throws SQLException {
        long releases = Math.round(Math.pow(10, 2 + random.nextDouble() * 4.3));
        Map<String, Long> coverage = coverage(releases);
        LocalDate from = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(13 * 365));
        LocalDate to = random.nextInt(3) == 0
                ? today.minusDays(random.nextInt(60))
                : from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
        List<Integer> years = new ArrayList<>();
        for (int year = Math.max(from.getYear(), to.getYear() - 5); year <= to.getYear(); year++) {
            years.add(year);
        }
        boolean undated = random.nextBoolean();
        Map<String, Long> exported = new LinkedHashMap<>();
        exported.put("full.jsonl.gz", releases);
        long left = releases;
        for (int year : years) {
            long count = Math.max(1, left / 2);
            exported.put(year + ".jsonl.gz", count);
            left -= count;
        }
        if (undated) {
            exported.put("undated.jsonl.gz", Math.max(1, releases / 50));
        }
        Timestamp end = Timestamp.from(today.minusDays(random.nextInt(40))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .plusSeconds(3600L * random.nextInt(24)));
        insert.setLong(1, id);
        insert.setLong(2, id);
        insert.setTimestamp(3, new Timestamp(end.getTime() - 3_600_000L * (1 + random.nextInt(30))));
        insert.setTimestamp(4, end);
        insert.setString(5, "{\"exported_releases\": " + json(exported) + "}");
        insert.setString(6, json(coverage));
        int column = 7;
        // The 14 counts as the pull task derives them, in the order of the job columns above.
        for (long count : CoverageCounts.of(coverage).byJobField().values()) {
            insert.setInt(column++, (int) Math.min(Integer.MAX_VALUE, count));
        }
        insert.setDate(column++, Date.valueOf(from));
        insert.setDate(column++, Date.valueOf(to));
        insert.setString(column++, "ocds-" + Integer.toString(id * 7919, 36));
        insert.setString(column++, random.nextBoolean() ? "https://creativecommons.org/licenses/by/4.0/" : "");
        insert.setString(column, "");
        insert.addBatch();
        return new JobFacts(releases, years, undated);
    }

    /**
     * A coverage map of {@code releases} compiled releases: the template's paths, each counted as a share of the
     * path it is in (its own odds, varied per job), arrays with one to a few elements; whole sections may be absent.
     */
    private Map<String, Long> coverage(long releases) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> coverage = new java.util.TreeMap<>();
        for (CoveragePath path : coveragePaths) {
            long count;
            if (path.parent() == null) {
                count = releases;
            } else {
                long parent = counts.getOrDefault(path.parent(), 0L);
                double share = switch (path.kind()) {
                    case MEMBER ->
                        OPTIONAL_SECTIONS.containsKey(path.path())
                                        && random.nextDouble() < OPTIONAL_SECTIONS.get(path.path())
                                ? 0
                                : Math.clamp(path.odds() + random.nextGaussian() * 0.1, 0, 1);
                    case ELEMENTS -> path.odds() * 4 * (0.8 + random.nextDouble() * 0.4);
                    case OBJECT -> 1;
                };
                count = Math.round(parent * Math.max(share, path.kind() == CoveragePath.Kind.ELEMENTS ? 1 : 0));
            }
            counts.put(path.path(), count);
            if (count > 0) {
                coverage.put(path.path(), count);
            }
        }
        return coverage;
    }

    private static String json(Map<String, Long> counts) {
        StringBuilder json = new StringBuilder("{");
        counts.forEach((key, count) -> json.append(json.length() > 1 ? ", \"" : "\"")
                .append(key)
                .append("\": ")
                .append(count));
        return json.append('}').toString();
    }

    /**
     * A path of a coverage map, the path whose count it is a share of, and its odds (fixed per path).
     *
     * @param kind {@code MEMBER} a member ({@code /tender/items}), {@code ELEMENTS} an array's elements
     *        ({@code /tender/items[]}), {@code OBJECT} a non-empty object ({@code /tender/}, {@code /tender/items[]/})
     */
    private record CoveragePath(String path, String parent, Kind kind, double odds) {

        enum Kind {
            MEMBER,
            ELEMENTS,
            OBJECT
        }

        /** The paths of a field list such as {@code "ocid tag[] tender{id items[{id}]}"}, parents first. */
        static List<CoveragePath> of(String fields) {
            List<CoveragePath> paths = new ArrayList<>();
            paths.add(new CoveragePath("", null, Kind.MEMBER, 1));
            paths.add(new CoveragePath("/", "", Kind.OBJECT, 1));
            int end = members(fields, 0, "/", paths);
            if (end != fields.length()) {
                throw new IllegalArgumentException("Unbalanced fields at " + end);
            }
            return paths;
        }

        /** Reads members from {@code at} to the end of their object; returns where it stopped. */
        private static int members(String fields, int at, String object, List<CoveragePath> paths) {
            int i = at;
            while (i < fields.length()) {
                char c = fields.charAt(i);
                if (c == ' ') {
                    i++;
                    continue;
                }
                if (c == '}') {
                    return i;
                }
                int start = i;
                while (i < fields.length() && Character.isLetter(fields.charAt(i))) {
                    i++;
                }
                String member = object + fields.substring(start, i);
                paths.add(new CoveragePath(member, object, Kind.MEMBER, odds(member)));
                if (fields.startsWith("{", i)) {
                    paths.add(new CoveragePath(member + "/", member, Kind.OBJECT, 1));
                    i = expect(fields, members(fields, i + 1, member + "/", paths), "}");
                } else if (fields.startsWith("[{", i)) {
                    paths.add(new CoveragePath(member + "[]", member, Kind.ELEMENTS, odds(member + "[]")));
                    paths.add(new CoveragePath(member + "[]/", member + "[]", Kind.OBJECT, 1));
                    i = expect(fields, members(fields, i + 2, member + "[]/", paths), "}]");
                } else if (fields.startsWith("[]", i)) {
                    paths.add(new CoveragePath(member + "[]", member, Kind.ELEMENTS, odds(member + "[]")));
                    i += 2;
                }
            }
            return i;
        }

        private static int expect(String fields, int at, String closing) {
            if (!fields.startsWith(closing, at)) {
                throw new IllegalArgumentException("Expected " + closing + " at " + at);
            }
            return at + closing.length();
        }

        /** Most fields are almost always there, a quarter are rare; identifiers always. */
        private static double odds(String path) {
            if (path.endsWith("/id") || path.equals("/ocid") || path.equals("/date") || path.equals("/tag")) {
                return 1;
            }
            double u = (path.hashCode() & 0xffff) / 65536.0;
            return u < 0.25 ? 0.02 + u : 0.55 + (u - 0.25) * 0.6;
        }
    }

    /** Small template files that the jobs' export files are hard links to. */
    private final class Templates {

        private final Path directory;
        private final Map<String, Path> made = new HashMap<>();

        Templates(Path directory) throws IOException {
            this.directory = Files.createDirectories(directory);
        }

        /** The template of an export file name, one per name so that no file gets too many links. */
        Path of(String name) throws IOException {
            Path template = made.get(name);
            if (template == null) {
                template = directory.resolve(name);
                Files.write(
                        template,
                        name.endsWith(".jsonl.gz") ? releases(name) : randomBytes(3_000 + random.nextInt(5_000)));
                made.put(name, template);
            }
            return template;
        }

        private byte[] releases(String name) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(bytes)) {
                for (int i = 0; i < 20; i++) {
                    gzip.write(
                            ("{\"ocid\": \"ocds-213czf-%s-%d\", \"id\": \"%d\", \"date\": \"2020-01-%02dT00:00:00Z\","
                                            + " \"tag\": [\"compiled\"], \"tender\": {\"id\": \"%d\", \"value\": {\"amount\": %d,"
                                            + " \"currency\": \"USD\"}}}\n")
                                    .formatted(name, i, i, 1 + i, i, random.nextInt(1_000_000))
                                    .getBytes(StandardCharsets.UTF_8));
                }
            }
            return bytes.toByteArray();
        }

        private byte[] randomBytes(int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }
    }

    /** The job's export files (hard links to the templates); for the big one, sparse 1 GiB and 200 MiB files. */
    private int writeFiles(Path directory, JobFacts job, Templates templates, boolean big) throws IOException {
        Files.createDirectories(directory);
        List<String> stems = new ArrayList<>();
        stems.add("full");
        job.years().forEach(year -> stems.add(year.toString()));
        if (job.undated()) {
            stems.add("undated");
        }
        // Large publications have no Excel file (too many rows), as the flattener leaves them.
        boolean excel = job.releases() < 200_000;
        int count = 0;
        for (String stem : stems) {
            for (String format : FORMATS) {
                if (format.equals("xlsx") && !excel) {
                    continue;
                }
                String name = stem + "." + format;
                Path file = directory.resolve(name);
                if (big && name.equals("full.jsonl.gz")) {
                    sparse(file, BIG_FILE_BYTES);
                } else {
                    link(file, templates.of(name));
                }
                count++;
            }
        }
        if (big) {
            sparse(directory.resolve("2020.jsonl.gz"), YEAR_FILE_BYTES);
        }
        return count;
    }

    private static void link(Path file, Path template) throws IOException {
        try {
            Files.createLink(file, template);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(template, file);
        }
    }

    /** A file of that size that takes no disk space (reads give zeros, from no disk). */
    private static void sparse(Path file, long length) throws IOException {
        Files.deleteIfExists(file);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write(new byte[] {0x1f, (byte) 0x8b});
            sparse.setLength(length);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The app

    private void startApp(Path dataDir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = URI.create("http://localhost:" + port);
        Path log = work.resolve("app.log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // E.g. APP_JAVA_OPTIONS=-XX:StartFlightRecording=filename=/tmp/app.jfr to see where the app's time goes.
        String options = System.getenv("APP_JAVA_OPTIONS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        Stream.of("TEMPORAL_ADDRESS", "DOWNLOADS_URL", "DATA_REGISTRY_BASE_URL", "JAVA_TOOL_OPTIONS")
                .forEach(env::remove);
        env.put("PORT", Integer.toString(port));
        env.put("DATA_REGISTRY_DATA_DIR", dataDir.toString());
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_PASSWORD", "");
        env.put("DATA_REGISTRY_DEMO", "false");
        env.put("DATA_REGISTRY_SCHEDULE", "false");
        env.put("DATA_REGISTRY_ADMIN_PASSWORD", "bench-" + Long.toHexString(random.nextLong()));
        app = builder.start();

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped (exit " + app.exitValue() + "):\n" + tail(log));
            }
            try {
                if (get("/search/", false).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app did not answer within 5 minutes:\n" + tail(log));
            }
            Thread.sleep(1000);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                .lines()
                .toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The app's heap in use after a full collection, in bytes, from {@code jcmd}. */
    private long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long used = 0;
        Matcher matcher = Pattern.compile("used (\\d+)K").matcher("");
        for (String line : info.split("\n")) {
            if (line.contains("Metaspace")) {
                break;
            }
            matcher.reset(line);
            while (matcher.find()) {
                used += Long.parseLong(matcher.group(1)) * 1024;
            }
        }
        if (used == 0) {
            throw new IllegalStateException("No heap use in jcmd's answer:\n" + info);
        }
        return used;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(app.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Measurements

    /** An answer: status, Content-Encoding, the body as sent, the time until all of it came. */
    private record Answer(int status, String encoding, byte[] body, long nanos) {

        /** The body's bytes once decompressed. */
        long bytes() {
            if (!encoding.equals("gzip")) {
                return body.length;
            }
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Bad gzip body", e);
            }
        }
    }

    private Answer get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request.build(), BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Encoding").orElse(""),
                response.body(),
                nanos);
    }

    private Answer ok(String path, boolean gzip) throws IOException, InterruptedException {
        Answer answer = get(path, gzip);
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status());
        }
        return answer;
    }

    private void warmUp(Seeded seeded, boolean json) throws IOException, InterruptedException {
        String[] languages = {"", "/es", "/ru"};
        String[] regions = {"LAC", "EU", "MEA", "AS", "EECA", "NA", "OC"};
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            String language = languages[i % 3];
            long publication =
                    seeded.visible().get(random.nextInt(seeded.visible().size()));
            switch (i % 5) {
                case 0 -> ok(language + "/search/", true);
                case 1 ->
                    ok(
                            language + "/search/?region=" + regions[random.nextInt(regions.length)]
                                    + "&update_frequency="
                                    + UPDATE_FREQUENCIES[random.nextInt(UPDATE_FREQUENCIES.length)]
                                    + "&page=" + (1 + random.nextInt(3)),
                            true);
                case 2 -> ok(language + "/publication/" + publication, true);
                case 3 -> ok("/publication/" + publication + "/download?name=full.jsonl.gz", false);
                default -> {
                    if (json && i % 20 == 4) {
                        ok("/publications.json", true);
                    } else {
                        ok("/search/?" + THREE_FILTERS, true);
                    }
                }
            }
        }
    }

    /** p50 and p95 of {@code count} sequential requests, each asking for gzip. */
    private Row latency(String label, int count, int targetMillis, IntFunction<String> path)
            throws IOException, InterruptedException {
        long[] nanos = new long[count];
        long sent = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Answer answer = ok(path.apply(i), true);
            nanos[i] = answer.nanos();
            sent += answer.body().length;
            bytes += answer.bytes();
        }
        Arrays.sort(nanos);
        double p50 = percentile(nanos, 50);
        double p95 = percentile(nanos, 95);
        return new Row(
                label,
                "p50 %.1f ms, p95 %.1f ms (n=%d; %s, %s gzip)"
                        .formatted(p50, p95, count, size(bytes / count), size(sent / count)),
                "p95 ≤ " + targetMillis + " ms",
                verdict(p95 <= targetMillis));
    }

    /**
     * The first request after a change to the catalogue, which computes afresh what the app keeps until the next
     * change: {@value #CHANGES} times, a publication's title is updated (its trigger notifies the app at commit),
     * then, once the notification has had time to arrive, one request is timed.
     */
    private Row afterChanges(String label, Seeded seeded, String path) throws Exception {
        long[] nanos = new long[CHANGES];
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                PreparedStatement change =
                        connection.prepareStatement("UPDATE publication SET title = title || '' WHERE id = ?")) {
            for (int i = 0; i < CHANGES; i++) {
                change.setLong(1, seeded.visible().get(i));
                change.executeUpdate();
                Thread.sleep(200);
                nanos[i] = ok(path, true).nanos();
            }
        }
        Arrays.sort(nanos);
        return new Row(
                label,
                "p50 %.1f ms, max %.1f ms (n=%d, each after a change)"
                        .formatted(percentile(nanos, 50), percentile(nanos, 100), CHANGES),
                "—",
                "—");
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /**
     * The 1 GiB file, downloaded four times one after the other: the first warms up both ends (the JIT), the median
     * of the other three is reported. Read with a plain connection into a 1 MiB buffer, so that the client's own
     * overhead stays small next to the server's.
     */
    private Row bigDownload(long publication) throws IOException {
        URI uri = base.resolve("/publication/" + publication + "/download?name=full.jsonl.gz");
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            long bytes = readAll(uri);
            double seconds = seconds(start);
            if (bytes != BIG_FILE_BYTES) {
                throw new IllegalStateException("1 GiB download: " + bytes + " bytes");
            }
            if (run > 0) {
                rates.add(BIG_FILE_BYTES / seconds / 1e6);
            }
        }
        Collections.sort(rates);
        double rate = rates.get(1);
        return new Row(
                "1 GiB download",
                "%.0f MB/s (median of 3 after a warm-up; %.0f–%.0f)".formatted(rate, rates.getFirst(), rates.getLast()),
                "≥ 500 MB/s",
                verdict(rate >= 500));
    }

    /** Downloads {@code uri}, counting and discarding its bytes. */
    private static long readAll(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException(uri + ": status " + connection.getResponseCode());
            }
            byte[] buffer = new byte[1 << 20];
            long total = 0;
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
            }
            return total;
        } finally {
            connection.disconnect();
        }
    }

    /**
     * 100 downloads of the 200 MiB file at once. Each reads its first MiB, then waits until the app's heap has been
     * measured (after a forced collection), so that all are in flight then; the time of that pause is left out of
     * the wall time.
     */
    private Row concurrentDownloads(long publication) throws Exception {
        long before = heapAfterGc();
        HttpClient downloads =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch started = new CountDownLatch(CONCURRENT_DOWNLOADS);
        CountDownLatch measured = new CountDownLatch(1);
        URI uri = base.resolve("/publication/" + publication + "/download?name=2020.jsonl.gz");
        List<Future<Long>> results = new ArrayList<>();
        long during;
        long start = System.nanoTime();
        long inFlight;
        long resumed;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            inFlight = System.nanoTime();
            try {
                for (int i = 0; i < CONCURRENT_DOWNLOADS; i++) {
                    results.add(threads.submit(() -> download(downloads, uri, started, measured)));
                }
                if (!started.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("Not all downloads started within 10 minutes");
                }
                inFlight = System.nanoTime();
                during = heapAfterGc();
            } finally {
                // Also on failure: the downloads must not wait forever (closing the executor waits for them).
                resumed = System.nanoTime();
                measured.countDown();
            }
        }
        double wall = (System.nanoTime() - start - (resumed - inFlight)) / 1e9;
        int complete = 0;
        List<String> failures = new ArrayList<>();
        for (Future<Long> result : results) {
            try {
                if (result.get() == YEAR_FILE_BYTES) {
                    complete++;
                } else {
                    failures.add(result.get() + " bytes");
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(String.valueOf(e.getCause()));
            }
        }
        long growth = during - before;
        rows.add(new Row(
                "100 × 200 MiB downloads",
                "%d/%d complete with the right size%s"
                        .formatted(
                                complete, CONCURRENT_DOWNLOADS, failures.isEmpty() ? "" : "; " + failures.getFirst()),
                "all complete",
                verdict(complete == CONCURRENT_DOWNLOADS)));
        rows.add(new Row(
                "100 × 200 MiB: app heap after GC",
                "%s before, %s in flight: %+.1f MiB".formatted(size(before), size(during), growth / 1048576.0),
                "growth < 64 MiB",
                verdict(growth < 64L << 20)));
        rows.add(new Row(
                "100 × 200 MiB: wall time",
                "%.1f s, %.0f MB/s in all".formatted(wall, CONCURRENT_DOWNLOADS * YEAR_FILE_BYTES / wall / 1e6),
                "—",
                "—"));
        return null;
    }

    private static long download(HttpClient client, URI uri, CountDownLatch started, CountDownLatch measured)
            throws IOException, InterruptedException {
        boolean counted = false;
        try {
            HttpResponse<InputStream> response =
                    client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                byte[] buffer = new byte[64 * 1024];
                long count = 0;
                int read = 0;
                while (count < IN_FLIGHT_BYTES && (read = in.read(buffer)) >= 0) {
                    count += read;
                }
                started.countDown();
                counted = true;
                measured.await();
                while ((read = in.read(buffer)) >= 0) {
                    count += read;
                }
                return count;
            }
        } finally {
            if (!counted) {
                started.countDown();
            }
        }
    }

    private Row compression(String label, String path) throws IOException, InterruptedException {
        Answer answer = ok(path, true);
        boolean gzip = answer.encoding().equals("gzip");
        return new Row(
                label,
                gzip
                        ? "yes, %.1f× (%s → %s)"
                                .formatted(
                                        (double) answer.bytes() / answer.body().length,
                                        size(answer.bytes()),
                                        size(answer.body().length))
                        : "no (" + size(answer.body().length) + ")",
                "yes",
                verdict(gzip));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Results

    private record Row(String measurement, String result, String target, String verdict) {}

    private interface Measurement {
        Row run() throws Exception;
    }

    /**
     * Runs a measurement and adds its row (a measurement of several rows adds them itself and gives null); one that
     * fails gives a failed row, and the others still run.
     */
    private void attempt(String label, String target, Measurement measurement) {
        try {
            Row row = measurement.run();
            if (row != null) {
                rows.add(row);
            }
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage() == null ? e : e.getMessage());
            rows.add(new Row(label, "error: " + message.lines().findFirst().orElse(""), target, "FAIL"));
        }
    }

    private static String verdict(boolean pass) {
        return pass ? "pass" : "FAIL";
    }

    private void printTable() {
        List<Row> all = new ArrayList<>();
        all.add(new Row("measurement", "result", "target", ""));
        all.addAll(rows);
        int[] widths = new int[3];
        for (Row row : all) {
            widths[0] = Math.max(widths[0], row.measurement().length());
            widths[1] = Math.max(widths[1], row.result().length());
            widths[2] = Math.max(widths[2], row.target().length());
        }
        String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
        for (Row row : all) {
            System.out.printf(format, row.measurement(), row.result(), row.target(), row.verdict());
        }
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return "%.1f MiB".formatted(bytes / 1048576.0);
        }
        return bytes >= 1024 ? "%.1f KiB".formatted(bytes / 1024.0) : bytes + " B";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Stops the app and the database and deletes the temporary files; safe to call twice, and from a hook. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (app != null && app.isAlive()) {
            app.destroy();
            try {
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                app.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
        if (work != null && "1".equals(System.getenv("KEEP"))) {
            System.err.println("KEEP=1: the data directory and the app's log are left in " + work);
        } else if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not delete " + work + ": " + e.getMessage());
            }
        }
    }
}
