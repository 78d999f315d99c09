package org.dataregistry.pull;

import com.zaxxer.hikari.HikariDataSource;
import io.temporal.testing.TestActivityEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.dataregistry.database.EmbeddedDatabase;
import org.dataregistry.job.FilesProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.process.ActivityTesting;
import org.dataregistry.process.KingfisherProcessProperties;
import org.dataregistry.process.TestJobRows;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the pull task reads a compiled collection from Kingfisher Process: the compiled releases of a JSON Lines
 * file (e.g. {@code ocds compile}'s output) loaded into a fake Kingfisher Process database (its {@code collection},
 * {@code data} and {@code compiled_release} tables, with the indexes Kingfisher Process has on them) in an embedded
 * PostgreSQL beside the registry's own, then pulled by {@link PullActivitiesImpl} page by page (keyset pages of
 * {@code data-registry.pull.page-size}, 10,000) into the job's staging file with coverage and counts. A second
 * collection as large holds the same releases, which the pull must skip. Prints releases/s and MB/s (10^6 bytes of
 * the releases' JSON as Kingfisher Process returns it). Run with {@code bench/kingfisher-pull [N]}.
 */
public final class KingfisherPullBenchmark {

    private static final long COLLECTION = 2;
    private static final long OTHER_COLLECTION = 3;
    private static final int PAGE_SIZE = 10_000;

    private KingfisherPullBenchmark() {}

    /** {@code KingfisherPullBenchmark COMPILED_RELEASES.jsonl}. */
    public static void main(String[] args) throws Exception {
        Path compiled = Path.of(args[0]);
        Path root = Files.createTempDirectory("kingfisher-pull-bench");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null, false);
                HikariDataSource registry = dataSource(database.jdbcUrl())) {
            Flyway.configure().dataSource(registry).load().migrate();
            JdbcClient.create(registry)
                    .sql("CREATE DATABASE kingfisher_process")
                    .update();
            String kingfisherUrl = database.jdbcUrl().replace("/data_registry", "/kingfisher_process");
            long releases;
            long jsonBytes;
            try (HikariDataSource kingfisher = dataSource(kingfisherUrl)) {
                releases = load(kingfisher, compiled);
                jsonBytes = JdbcClient.create(kingfisher)
                        .sql("SELECT sum(octet_length(data::text)) FROM data WHERE id <= :n")
                        .param("n", releases)
                        .query(Long.class)
                        .single();
            }
            long job = new TestJobRows(JdbcClient.create(registry)).job();
            JobFiles files = new JobFiles(new FilesProperties(root));
            KingfisherProcessDatabase kingfisherDatabase =
                    new KingfisherProcessDatabase(new KingfisherProcessProperties(null, kingfisherUrl));
            PullActivitiesImpl pull =
                    new PullActivitiesImpl(files, kingfisherDatabase, new PullProperties(PAGE_SIZE), Clock.systemUTC());
            TestActivityEnvironment environment = TestActivityEnvironment.newInstance();
            try {
                PullActivities pulling = ActivityTesting.stub(environment, PullActivities.class, pull);
                System.out.printf(
                        "Kingfisher Process pull: %,d compiled releases (%,d bytes of JSON) in collection %d "
                                + "beside as many in collection %d, pages of %,d, %d cores, max heap %d MiB%n",
                        releases,
                        jsonBytes,
                        COLLECTION,
                        OTHER_COLLECTION,
                        PAGE_SIZE,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                long start = System.nanoTime();
                PullResult result = pulling.pull(new PullRequest(job, COLLECTION));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (result.compiledReleases() != releases) {
                    throw new IllegalStateException("pulled " + result.compiledReleases() + " of " + releases);
                }
                System.out.printf("%-16s %8s %12s %10s%n", "stage", "wall", "releases/s", "MB/s");
                System.out.printf(
                        "%-16s %6.1f s %12.0f %10.1f%n",
                        "kingfisher pull", seconds, releases / seconds, jsonBytes / seconds / 1e6);
            } finally {
                environment.close();
                kingfisherDatabase.destroy();
            }
        } finally {
            JobFiles.deleteRecursively(root);
        }
        // Timers of the Temporal test environment would keep the JVM running.
        System.exit(0);
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        return dataSource;
    }

    /**
     * Kingfisher Process's tables as the pull reads them, the file's releases as {@code data} rows 1 to N linked from
     * the compiled collection, and again as rows N+1 to 2N linked from another collection; returns N.
     */
    private static long load(HikariDataSource kingfisher, Path compiled) throws SQLException, IOException {
        JdbcClient sql = JdbcClient.create(kingfisher);
        sql.sql("""
                CREATE TABLE collection (id bigint PRIMARY KEY, transform_type text NOT NULL DEFAULT '');
                CREATE TABLE data (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    hash_md5 text NOT NULL DEFAULT '', data jsonb NOT NULL);
                CREATE TABLE compiled_release (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    collection_id bigint NOT NULL REFERENCES collection (id), collection_file_id bigint,
                    ocid text NOT NULL, release_date text NOT NULL, data_id bigint NOT NULL REFERENCES data (id));
                INSERT INTO collection (id, transform_type) VALUES (2, 'compile-releases'), (3, 'compile-releases');
                """).update();
        for (int copy = 0; copy < 2; copy++) {
            try (Connection connection = kingfisher.getConnection();
                    Reader lines = Files.newBufferedReader(compiled)) {
                // CSV with quote and delimiter characters that JSON text never holds: each line is one value as is.
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY data (data) FROM STDIN WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')",
                                new BufferedReader(lines));
            }
        }
        long releases =
                sql.sql("SELECT count(*) / 2 FROM data").query(Long.class).single();
        sql.sql("""
                INSERT INTO compiled_release (collection_id, ocid, release_date, data_id)
                SELECT CASE WHEN id <= :n THEN 2 ELSE 3 END, data ->> 'ocid', coalesce(data ->> 'date', ''), id
                FROM data ORDER BY id
                """).param("n", releases).update();
        sql.sql("""
                CREATE INDEX compiled_release_collection_id_idx ON compiled_release (collection_id);
                CREATE INDEX compiled_release_data_id_idx ON compiled_release (data_id);
                CREATE INDEX compiled_release_ocid_idx ON compiled_release (ocid);
                ANALYZE;
                """).update();
        return releases;
    }
}
