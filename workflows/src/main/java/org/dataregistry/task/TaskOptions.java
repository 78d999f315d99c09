package org.dataregistry.task;

import java.time.Duration;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;

/**
 * Timeouts and retry policies of every activity, in one place. Temporary failures are retried with backoff (the
 * task stays RUNNING and shows the last error); permanent ones are non-retryable {@code ApplicationFailure}s and
 * end the task at once. A retry window ({@code scheduleToClose}) bounds how long a task keeps trying.
 */
public final class TaskOptions {

    /** A few rows written: fast; retried every minute at most for as long as the database is away. */
    public static final ActivityOptions BOOKKEEPING = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)))
            .build();

    /** A large source over a slow link takes hours; a page at least every two minutes proves the worker alive;
     *  a source still failing after three days fails the job (the weekly retry tries again). */
    public static final ActivityOptions DOWNLOAD = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(6))
            .setHeartbeatTimeout(Duration.ofMinutes(2))
            .setScheduleToCloseTimeout(Duration.ofDays(3))
            .setRetryOptions(backoff(Duration.ofMinutes(1), Duration.ofHours(1)))
            .build();

    /** One Scrapyd request (schedule, cancel): seconds; Scrapyd away for a day fails the job. */
    public static final ActivityOptions SCRAPYD_CALL = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(1))
            .setScheduleToCloseTimeout(Duration.ofDays(1))
            .setRetryOptions(backoff(Duration.ofSeconds(30), Duration.ofMinutes(30)))
            .build();

    /** One look at a crawl or a Kingfisher Process collection, polled every minute through retries (no thread
     *  waits); reading and analysing a finished crawl's log can take minutes; the longest crawls run for days. */
    public static final ActivityOptions EXTERNAL_POLL = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(10))
            .setScheduleToCloseTimeout(Duration.ofDays(14))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMinutes(1))
                    .setBackoffCoefficient(1.0)
                    .build())
            .build();

    /** Processing and pulling millions of releases take hours; heartbeats every few thousand releases. */
    public static final ActivityOptions BULK_DATA = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(12))
            .setHeartbeatTimeout(Duration.ofMinutes(5))
            .setScheduleToCloseTimeout(Duration.ofDays(2))
            .setRetryOptions(backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)))
            .build();

    /** Flattening a large file to CSV and Excel takes hours; one heartbeat per table pass at least. */
    public static final ActivityOptions FLATTEN = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(12))
            .setHeartbeatTimeout(Duration.ofMinutes(10))
            .setScheduleToCloseTimeout(Duration.ofDays(2))
            .setRetryOptions(backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)))
            .build();

    /** Deleting a job's temporary data: minutes for a large crawl; a wipe failing for a day leaves the job
     *  unarchived (the data stays, visibly) rather than blocking it. */
    public static final ActivityOptions WIPE = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(30))
            .setScheduleToCloseTimeout(Duration.ofDays(1))
            .setRetryOptions(backoff(Duration.ofSeconds(10), Duration.ofMinutes(30)))
            .build();

    private TaskOptions() {
    }

    private static RetryOptions backoff(Duration initial, Duration maximum) {
        return RetryOptions.newBuilder()
                .setInitialInterval(initial)
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(maximum)
                .build();
    }
}
