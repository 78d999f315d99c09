package org.dataregistry.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL server with the registry's database created in it. It listens on the loopback
 * address only and asks every client for a password generated at first start and kept in its data directory
 * ({@value #PASSWORD_FILE}, readable by the app's user only). A server that an earlier, killed run left on the data
 * directory is stopped first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "data_registry";
    static final String PASSWORD_FILE = "data-registry.password";
    private static final String HOST = "127.0.0.1";
    private static final String HBA_MARKER = "# Data Registry: password authentication";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final String password;
    private final AtomicBoolean closing = new AtomicBoolean();

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory, String password) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /** A durable server; see {@link #start(Path, boolean)}. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, true);
    }

    /**
     * Starts a server keeping its data in {@code dataDir} (created on first use, reused afterwards), or in a
     * temporary directory deleted on close when {@code dataDir} is null or blank. A {@code durable} server flushes
     * every commit to disk (fsync, synchronous commit) so that a power loss or OS crash loses nothing committed;
     * tests may give that up for speed.
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("listen_addresses", HOST);
            if (durable) {
                // The library starts PostgreSQL with -F (fsync off) and synchronous_commit off; later -c options win.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            String password;
            if (dataDir != null && !dataDir.toString().isBlank()) {
                Path absolute = dataDir.toAbsolutePath();
                Files.createDirectories(absolute);
                LeftoverPostmaster.stopIfRunning(absolute);
                builder.setDataDirectory(absolute).setCleanDataDirectory(false);
                password = readPassword(absolute).orElseGet(EmbeddedDatabase::newPassword);
                log.info("Starting the embedded PostgreSQL with its data in {}", absolute);
            } else {
                password = newPassword();
            }
            // The library's own readiness check connects too, with this password once authentication is on.
            AtomicReference<Path> directoryUsed = new AtomicReference<>();
            builder.setConnectConfig("password", password).setDataDirectoryCustomizer(directory -> {
                directoryUsed.set(directory.toPath().toAbsolutePath());
                writePasswordIfMissing(directory.toPath(), password);
            });
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), directoryUsed.get(), password);
            database.requirePasswords();
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** The registry database's JDBC URL, without credentials. */
    public String url() {
        return "jdbc:postgresql://" + HOST + ":" + server.getPort() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** {@link #url()} with the user and password in it, for tools and tests that connect with a URL alone. */
    public String jdbcUrl() {
        return url() + "?user=" + USER + "&password=" + password;
    }

    /** The postmaster process, which the registry cannot work without. */
    public ProcessHandle postmaster() {
        return LeftoverPostmaster.find(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL is not running"));
    }

    /**
     * Runs {@code action} once, on its own thread, if the server ends while this object is not being closed: a
     * server killed or crashed underneath the app.
     */
    public void onUnexpectedExit(Runnable action) {
        postmaster().onExit().thenRun(() -> {
            if (!closing.get()) {
                action.run();
            }
        });
    }

    private static Optional<String> readPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void writePasswordIfMissing(Path dataDir, String password) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    /**
     * Sets the password and turns password authentication on, once per data directory: the library's {@code initdb}
     * trusts every local connection, and older data directories were made that way.
     */
    private void requirePasswords() {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba).contains(HBA_MARKER)) {
                return;
            }
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
                Files.write(
                        hba,
                        List.of(
                                HBA_MARKER + " (the password is in " + PASSWORD_FILE + ")",
                                "local all all scram-sha-256",
                                "host all all 127.0.0.1/32 scram-sha-256",
                                "host all all ::1/128 scram-sha-256"));
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not turn on password authentication in " + hba, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password", e);
        }
    }

    private void createDatabaseIfMissing() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL("jdbc:postgresql://" + HOST + ":" + server.getPort() + "/postgres");
        postgres.setUser(USER);
        postgres.setPassword(password);
        try (Connection connection = postgres.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
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
        closing.set(true);
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
