package org.dataregistry.database;

import io.temporal.failure.ApplicationFailure;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Recognises a failure that only says the database could not be reached (the external PostgreSQL down or
 * restarting, the embedded one stopped, no connection free in time), and words it for a task's note: "database
 * unavailable", instead of a JDBC driver's or connection pool's exception.
 */
public final class DatabaseUnavailable {

    /** What a task being retried shows as its last error while the database is away. */
    public static final String MESSAGE = "database unavailable";
    /** The failure type of a retryable {@link ApplicationFailure} saying so. */
    public static final String TYPE = "DatabaseUnavailable";

    /** SQLSTATE class 08 (connection exception) and the server shutting down, starting or crashed (57P01-03). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or one of its causes is a failure to reach the database or a lost connection. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure an activity throws for {@code failure}: a retryable one saying {@link #MESSAGE}, with the original
     * as its cause (in the log and Temporal's history, not in the note).
     */
    public static ApplicationFailure retryable(Throwable failure) {
        return ApplicationFailure.newFailureWithCause(MESSAGE, TYPE, failure);
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
