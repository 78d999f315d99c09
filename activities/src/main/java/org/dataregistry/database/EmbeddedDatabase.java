package org.dataregistry.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running embedded PostgreSQL server with the registry's database created in it. */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "data_registry";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server keeping its data in {@code dataDir} (created on first use, reused afterwards), or in a
     * temporary directory deleted on close when {@code dataDir} is null or blank.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDir != null && !dataDir.toString().isBlank()) {
                Path absolute = dataDir.toAbsolutePath();
                Files.createDirectories(absolute);
                builder.setDataDirectory(absolute).setCleanDataDirectory(false);
                log.info("Starting the embedded PostgreSQL with its data in {}", absolute);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    private void createDatabaseIfMissing() {
        DataSource postgres = server.getPostgresDatabase();
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
