package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.Activity;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a task row says while its activity is retried. */
class RetryingNoteTest {

    private static final Instant FIRST = Instant.parse("2026-12-07T05:00:00Z");
    private static final RetryOptions DOWNLOAD = RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofMinutes(1))
            .setBackoffCoefficient(2.0)
            .setMaximumInterval(Duration.ofHours(1))
            .build();

    @Test
    void aRetriedTaskSaysItsAttemptTheNextAndWhenItGivesUpAndTheErrorInWords() {
        RuntimeException failure = Activity.wrap(new IOException("HTTP 500 from https://example.com/ocds"));

        String note =
                RetryingNote.of(3, Instant.parse("2026-12-07T05:10:00Z"), FIRST, Duration.ofDays(3), DOWNLOAD, failure);

        assertThat(note)
                .isEqualTo("retrying: attempt 3, next attempt at 2026-12-07 05:14:00 UTC, giving up at "
                        + "2026-12-10 05:00:00 UTC; last error: HTTP 500 from https://example.com/ocds");
    }

    @Test
    void theBackoffStopsGrowingAtTheMaximumInterval() {
        assertThat(RetryingNote.nextAttempt(20, FIRST, DOWNLOAD, new RuntimeException("x")))
                .isEqualTo(FIRST.plus(Duration.ofHours(1)));
    }

    @Test
    void aRetryAfterTheSourceAskedForIsTheNextAttempt() {
        ApplicationFailure failure = ApplicationFailure.newFailureWithCauseAndDelay(
                "HTTP 429 from https://example.com",
                "org.dataregistry.collect.HttpStatusException",
                null,
                Duration.ofMinutes(10));

        assertThat(RetryingNote.nextAttempt(1, FIRST, DOWNLOAD, failure)).isEqualTo(FIRST.plus(Duration.ofMinutes(10)));
        assertThat(RetryingNote.errorText(failure)).isEqualTo("HTTP 429 from https://example.com");
    }

    @Test
    void errorsNeverShowJavaClassNames() {
        assertThat(RetryingNote.errorText(Activity.wrap(new ConnectException())))
                .isEqualTo("connection refused");
        assertThat(RetryingNote.errorText(new UncheckedIOException(new IOException("disk full"))))
                .isEqualTo("disk full");
        assertThat(RetryingNote.errorText(new IllegalStateException(
                        "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available")))
                .isEqualTo("HikariPool-1 - Connection is not available");
        assertThat(RetryingNote.errorText(new NullPointerException()))
                .doesNotContain("Exception")
                .isEqualTo("an unexpected error (see the app's log)");
    }

    @Test
    void withoutATimeLimitTheNoteSaysHowLongItIsRetried() {
        RetryOptions threeAttempts =
                RetryOptions.newBuilder().setMaximumAttempts(3).build();

        assertThat(RetryingNote.of(1, FIRST, FIRST, Duration.ZERO, threeAttempts, new RuntimeException("busy")))
                .isEqualTo("retrying: attempt 1, next attempt at 2026-12-07 05:00:01 UTC, giving up after attempt 3; "
                        + "last error: busy");
    }
}
