package org.dataregistry.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server an earlier run left on a data directory. When the app is killed (SIGKILL, OOM killer, power
 * of the JVM cut) its embedded postmaster is re-parented to PID 1 and keeps running on the data directory, so a new
 * server cannot start there. It is found through {@code postmaster.pid}, whose first line is the postmaster's PID
 * and second its data directory.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    /** A fast shutdown finishes in seconds once no client is left; after this the server is killed. */
    static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private LeftoverPostmaster() {}

    /** The running postmaster serving {@code dataDir}, if any: its PID alive and really a postgres on that directory. */
    static Optional<ProcessHandle> find(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Could not read {}", dataDir.resolve("postmaster.pid"), e);
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        Path recordedDir = Path.of(lines.get(1).strip());
        if (!sameDirectory(recordedDir, dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOn(process, dataDir));
    }

    /**
     * Stops the postmaster left on {@code dataDir}, if any: SIGTERM (PostgreSQL's smart shutdown; its clients died
     * with the old app), then SIGKILL when it has not ended within {@link #SHUTDOWN_PATIENCE}. Returns once it ended.
     */
    static void stopIfRunning(Path dataDir) {
        find(dataDir).ifPresent(postmaster -> {
            log.warn(
                    "A PostgreSQL server (PID {}) left by an earlier run still serves {}; stopping it",
                    postmaster.pid(),
                    dataDir);
            postmaster.destroy();
            if (!awaitExit(postmaster, SHUTDOWN_PATIENCE)) {
                log.warn("PostgreSQL (PID {}) did not stop within {}; killing it", postmaster.pid(), SHUTDOWN_PATIENCE);
                postmaster.destroyForcibly();
                if (!awaitExit(postmaster, SHUTDOWN_PATIENCE)) {
                    throw new IllegalStateException("Could not stop the PostgreSQL server (PID " + postmaster.pid()
                            + ") left running on " + dataDir + "; stop it by hand and start again");
                }
            }
            log.info("Stopped the PostgreSQL server left by an earlier run");
        });
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** A process whose program is {@code postgres} and, where the OS tells its arguments, names {@code dataDir}. */
    private static boolean isPostgresOn(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        boolean onDataDir = info.arguments()
                .map(arguments ->
                        List.of(arguments).stream().anyMatch(argument -> sameDirectory(Path.of(argument), dataDir)))
                .orElse(true);
        return postgres && onDataDir;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
