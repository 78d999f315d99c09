package org.dataregistry.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells when what the public catalogue shows last changed: a version that moves each time a transaction that changed
 * a publication, job or license commits, learned from PostgreSQL's {@code catalogue_changed} notifications (sent by
 * the triggers of migration V9, at commit, to every app instance on the database).
 *
 * <p>Something computed from those tables after reading version {@code v} stays right while the version is still
 * {@code v}: a change committed before the computation's queries is either in them or has already moved the version.
 * While no connection listens (start-up, the database restarting), there is no version and nothing may be kept;
 * listening again moves the version, since notifications may have been missed meanwhile.
 */
@Component
public class CatalogueChanges implements SmartLifecycle {

    static final String CHANNEL = "catalogue_changed";

    private static final Logger log = LoggerFactory.getLogger(CatalogueChanges.class);
    private static final Duration POLL = Duration.ofSeconds(10);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final HikariDataSource database;
    private final AtomicLong version = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    public CatalogueChanges(HikariDataSource database) {
        this.database = database;
    }

    /** The current version; empty while the changes cannot be followed (then nothing may be kept). */
    public OptionalLong version() {
        return listening ? OptionalLong.of(version.get()) : OptionalLong.empty();
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("catalogue-changes").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(
                    database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                version.incrementAndGet();
                listening = true;
                while (running) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null && received.length > 0) {
                        version.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "Not following catalogue changes ({}); public pages are computed afresh meanwhile",
                            e.getMessage());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
