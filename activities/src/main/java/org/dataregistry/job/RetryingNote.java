package org.dataregistry.job;

import io.temporal.common.RetryOptions;
import io.temporal.failure.ApplicationFailure;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a task row says while Temporal retries its activity: {@code retrying: attempt 2, next attempt at 2026-12-07
 * 05:52:01 UTC, giving up at 2026-12-10 05:49:00 UTC; last error: HTTP 500 from https://...}, in words an admin
 * reads: errors without Java class names. Once an attempt ends otherwise, only the error is kept ({@link
 * JobStore#attemptEnded}).
 */
final class RetryingNote {

    /** Between the retry schedule and the error. */
    static final String LAST_ERROR = "; last error: ";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** A Java class name that prefixes a message, e.g. {@code java.net.ConnectException: }. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ?");
    /** Temporal's retry defaults, for options that leave them unset. */
    private static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofSeconds(1);

    private static final double DEFAULT_COEFFICIENT = 2.0;

    private RetryingNote() {}

    /**
     * @param attempt       the attempt that failed (1 for the first)
     * @param failedAt      when it failed
     * @param firstSchedule when the activity's first attempt was scheduled
     * @param scheduleToClose how long all attempts may take; zero or null when unlimited
     * @param retry         the activity's retry policy (null: Temporal's defaults)
     */
    static String of(
            int attempt,
            Instant failedAt,
            Instant firstSchedule,
            Duration scheduleToClose,
            RetryOptions retry,
            Throwable failure) {
        StringBuilder note = new StringBuilder("retrying: attempt ")
                .append(attempt)
                .append(", next attempt at ")
                .append(TIME.format(nextAttempt(attempt, failedAt, retry, failure)));
        if (scheduleToClose != null && !scheduleToClose.isZero()) {
            note.append(", giving up at ").append(TIME.format(firstSchedule.plus(scheduleToClose)));
        } else if (retry != null && retry.getMaximumAttempts() > 0) {
            note.append(", giving up after attempt ").append(retry.getMaximumAttempts());
        } else {
            note.append(", retried until it succeeds or is cancelled");
        }
        return note.append(LAST_ERROR).append(errorText(failure)).toString();
    }

    /** When Temporal tries again: the delay the failure asked for (Retry-After), or the policy's backoff. */
    static Instant nextAttempt(int attempt, Instant failedAt, RetryOptions retry, Throwable failure) {
        if (failure instanceof ApplicationFailure application && application.getNextRetryDelay() != null) {
            return failedAt.plus(application.getNextRetryDelay());
        }
        Duration initial = retry == null || retry.getInitialInterval() == null
                ? DEFAULT_INITIAL_INTERVAL
                : retry.getInitialInterval();
        double coefficient = retry == null || retry.getBackoffCoefficient() == 0
                ? DEFAULT_COEFFICIENT
                : retry.getBackoffCoefficient();
        Duration maximum = retry == null || retry.getMaximumInterval() == null
                ? initial.multipliedBy(100)
                : retry.getMaximumInterval();
        double millis = initial.toMillis() * Math.pow(coefficient, Math.max(0, attempt - 1));
        return failedAt.plus(millis >= maximum.toMillis() ? maximum : Duration.ofMillis((long) millis));
    }

    /** A failure in words: its message without the class names Java and Temporal prefix it with. */
    static String errorText(Throwable failure) {
        Throwable cause = innermostWithOwnMessage(failure);
        String message =
                cause instanceof ApplicationFailure application ? application.getOriginalMessage() : cause.getMessage();
        if (message != null) {
            String previous;
            do {
                previous = message;
                message = CLASS_PREFIX.matcher(message).replaceFirst("");
            } while (!message.equals(previous));
        }
        return Optional.ofNullable(message)
                .filter(text -> !text.isBlank())
                .map(text -> cause instanceof UnknownHostException ? "unknown host " + text : text)
                .orElseGet(() -> withoutMessage(cause));
    }

    /** Wrappers (Temporal's, UncheckedIOException) say no more than their cause: the cause says it. */
    private static Throwable innermostWithOwnMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null
                && !(cause instanceof ApplicationFailure)
                && (cause.getMessage() == null
                        || cause.getMessage().equals(cause.getCause().toString()))) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String withoutMessage(Throwable cause) {
        return switch (cause) {
            case ConnectException ignored -> "connection refused";
            case HttpTimeoutException ignored -> "timed out";
            case SocketTimeoutException ignored -> "timed out";
            case EOFException ignored -> "the connection closed early";
            case UnknownHostException ignored -> "unknown host";
            default -> "an unexpected error (see the app's log)";
        };
    }
}
