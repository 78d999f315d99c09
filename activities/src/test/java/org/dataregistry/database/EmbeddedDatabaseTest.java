package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    private Path dataDir;
    private Process child;

    @BeforeEach
    void placeTheDataDirectory() {
        dataDir = home.resolve("postgres");
    }

    @AfterEach
    void killTheChild() {
        if (child != null) {
            child.destroyForcibly();
        }
        LeftoverPostmaster.find(dataDir).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            execute(database, "CREATE TABLE kept (value text)", "INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(value(database, "SELECT value FROM kept")).isEqualTo("still here");
        }
    }

    @Test
    void theFirstStartAfterTheAppWasKilledSucceedsOnTheSameDataDirectory() throws Exception {
        long postmaster = startChild();

        child.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("the killed app's PostgreSQL outlives it, as in production")
                .hasValue(true);

        long started = System.nanoTime();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            System.out.printf("Start after SIGKILL took %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(value(database, "SELECT value FROM kept")).isEqualTo("written before the crash");
            assertThat(database.postmaster().pid()).isNotEqualTo(postmaster);
        }
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the old server was stopped")
                .isEmpty();
    }

    @Test
    void theAppExitsNonZeroWhenItsDatabaseIsKilled() throws Exception {
        long postmaster = startChild("exit-when-it-dies");

        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the app exited").isTrue();
        assertThat(child.exitValue()).isEqualTo(DatabaseConfiguration.EXIT_STATUS_DATABASE_DIED);
        assertThat(Files.readString(home.resolve("child.log")))
                .contains("The embedded PostgreSQL (PID " + postmaster + ") ended unexpectedly");
    }

    @Test
    void closingTheDatabaseIsNotMistakenForItsDeath() throws Exception {
        List<String> deaths = new ArrayList<>();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false);
        ProcessHandle postmaster = database.postmaster();
        database.onUnexpectedExit(() -> deaths.add("died"));
        database.close();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        Thread.sleep(200);
        assertThat(deaths).isEmpty();
    }

    @Test
    void aDurableDatabaseFlushesEveryCommitToDisk() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, true)) {
            assertThat(value(database, "SHOW fsync")).isEqualTo("on");
            assertThat(value(database, "SHOW synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(value(database, "SHOW fsync")).isEqualTo("off");
        }
    }

    @Test
    void itListensOnLoopbackOnlyAndAsksForThePasswordKeptInItsDataDirectory() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(value(database, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            Path passwordFile = dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip())
                    .isEqualTo(database.password())
                    .hasSizeGreaterThan(30);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(database.url(), "postgres", "wrong")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(database.url() + "?user=postgres")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
            assertThat(value(database, "SELECT 'same password after a restart'"))
                    .isNotEmpty();
        }
    }

    private long startChild(String... mode) throws IOException, InterruptedException, SQLException {
        Path ready = home.resolve("ready");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(),
                dataDir.toString(),
                ready.toString()));
        command.addAll(List.of(mode));
        child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(ready) || Files.readString(ready).isBlank()) {
            assertThat(child.isAlive()).as("the child started its database").isTrue();
            assertThat(System.nanoTime())
                    .as("the child started its database in time")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
        if (mode.length == 0) {
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + port() + "/data_registry",
                            "postgres",
                            Files.readString(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE))
                                    .strip());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (value text)");
                statement.execute("INSERT INTO kept VALUES ('written before the crash')");
            }
        }
        return Long.parseLong(Files.readString(ready));
    }

    /** The port in postmaster.pid (its fourth line). */
    private int port() throws IOException {
        return Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip());
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String value(EmbeddedDatabase database, String query) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
