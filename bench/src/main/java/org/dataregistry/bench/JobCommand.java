package org.dataregistry.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench job}: one job through a running app on its embedded PostgreSQL. Adds a publication collected by the
 * built-in download from {@code --source-url}, due for a job at once, so that the app's own scheduler starts the job
 * at its next sweep; waits for the job to complete, sampling the size of the PostgreSQL data directory; prints the
 * task rows' wall times. Depends on the database schema only (publication, job and task rows), not on how the app
 * runs the tasks.
 *
 * <p>Output, tab-separated: {@code task TYPE RESULT SECONDS} for each task in the job's order, then
 * {@code job ID RESULT SECONDS} (RESULT {@code OK} when every task is),
 * {@code postgres BYTES_BEFORE BYTES_PEAK BYTES_AFTER WAL_BYTES_BEFORE WAL_BYTES_AFTER} (the data directory, and
 * its write-ahead log, whose 16 MB segments are reused rather than grow) and, with {@code --probe-url},
 * {@code probe REQUESTS FAILED P50_MS P95_MS MAX_MS}. Exit code 1 when the job failed or did not complete in time.
 */
@Command(
        name = "job",
        mixinStandardHelpOptions = true,
        description = "Run one job through the app whose data directory is DIR (it must be running, with its "
                + "scheduler on) and print its tasks' wall times.")
final class JobCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofSeconds(1);

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--data-dir",
            required = true,
            paramLabel = "DIR",
            description = "The app's data directory (DATA_REGISTRY_DATA_DIR), holding postgres/.")
    private Path dataDir;

    @Option(names = "--source-url", required = true, paramLabel = "URL", description = "The publication's source.")
    private String sourceUrl;

    @Option(
            names = "--timeout-minutes",
            defaultValue = "180",
            paramLabel = "M",
            description = "Longest wait for the job to complete. Default ${DEFAULT-VALUE}.")
    private long timeoutMinutes;

    @Option(
            names = "--probe-url",
            paramLabel = "URL",
            description = "A page of the app to request once a second while the job runs, timing the answers.")
    private URI probeUrl;

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        Path postgres = dataDir.resolve("postgres");
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = connect(postgres)) {
            long publication = addPublication(connection);
            long before = DirectorySize.of(postgres);
            long walBefore = DirectorySize.of(postgres.resolve("pg_wal"));
            long peak = before;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(timeoutMinutes));
            Long job = null;
            PageProbe probe = probeUrl == null ? null : new PageProbe(probeUrl);
            while (job == null || !completed(connection, job)) {
                if (Instant.now().isAfter(deadline)) {
                    spec.commandLine()
                            .getErr()
                            .println("bench job: no completed job after " + timeoutMinutes + " minutes");
                    return 1;
                }
                Thread.sleep(POLL);
                peak = Math.max(peak, DirectorySize.of(postgres));
                job = job != null ? job : jobOf(connection, publication);
                if (job != null && probe != null) {
                    probe.request();
                }
            }
            long after = DirectorySize.of(postgres);
            long walAfter = DirectorySize.of(postgres.resolve("pg_wal"));
            boolean ok = printTasks(connection, job, out, spec.commandLine().getErr());
            out.printf(
                    Locale.ROOT,
                    "postgres\t%d\t%d\t%d\t%d\t%d%n",
                    before,
                    Math.max(peak, after),
                    after,
                    walBefore,
                    walAfter);
            if (probe != null) {
                out.println(probe.summary());
            }
            out.flush();
            return ok ? 0 : 1;
        }
    }

    /** The registry database of the embedded server, with the password the app generated at its first start. */
    private static Connection connect(Path postgres) throws IOException, SQLException {
        String password =
                Files.readString(postgres.resolve("data-registry.password")).strip();
        // postmaster.pid: PID, data directory, start time, port, ...
        List<String> pid = Files.readAllLines(postgres.resolve("postmaster.pid"));
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/data_registry";
        return DriverManager.getConnection(url, "postgres", password);
    }

    private long addPublication(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO publication (title, source_id, collector, source_url, retrieval_frequency)
                VALUES ('Benchmark', 'bench', 'HTTP', ?, 'MONTHLY') RETURNING id""")) {
            insert.setString(1, sourceUrl);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Long jobOf(Connection connection, long publication) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM job WHERE publication_id = ? ORDER BY id LIMIT 1")) {
            select.setLong(1, publication);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static boolean completed(Connection connection, long job) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getString(1).equals("COMPLETED");
            }
        }
    }

    /** Prints the task lines and the job line; whether every task completed OK. */
    private static boolean printTasks(Connection connection, long job, PrintWriter out, PrintWriter err)
            throws SQLException {
        boolean ok = true;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT type, result, extract(epoch FROM "end" - start), note FROM task WHERE job_id = ?
                ORDER BY position""")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String result = rows.getString(2);
                    ok &= result.equals("OK");
                    out.printf(
                            Locale.ROOT,
                            "task\t%s\t%s\t%.3f%n",
                            rows.getString(1),
                            result.isEmpty() ? "-" : result,
                            rows.getDouble(3));
                    if (!result.equals("OK") && !rows.getString(4).isBlank()) {
                        err.println(rows.getString(1) + ": " + rows.getString(4));
                    }
                }
            }
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT extract(epoch FROM \"end\" - start) FROM job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                out.printf(Locale.ROOT, "job\t%d\t%s\t%.3f%n", job, ok ? "OK" : "FAILED", row.getDouble(1));
            }
        }
        return ok;
    }
}
