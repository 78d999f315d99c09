package org.dataregistry.task;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retry policies of every activity, in one place. Temporary failures are retried with backoff (the
 * task stays RUNNING and shows the last error); permanent ones are non-retryable {@code ApplicationFailure}s and
 * end the task at once. A retry window ({@code scheduleToClose}) bounds how long a task keeps trying.
 */
public final class TaskOptions {

    /**
     * The long activities heartbeat every second from a thread of their own ({@code TaskHeartbeat}), whatever their
     * work is doing, so five seconds without a heartbeat means the worker is gone. A heartbeat's answer is how a
     * cancellation reaches an activity; Temporal sends heartbeats at most every 0.8 × this (4 s), or every
     * {@link #HEARTBEAT_THROTTLE} where the worker is configured so.
     */
    public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The workers' {@code maxHeartbeatThrottleInterval}: a cancellation reaches a running activity within a second
     * and leaves the heartbeat timeout four seconds of slack.
     */
    public static final Duration HEARTBEAT_THROTTLE = Duration.ofSeconds(1);

    /** A few rows written: fast; retried every minute at most for as long as the database is away. */
    public static final ActivityOptions BOOKKEEPING = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)))
            .build();

    /** A large source over a slow link takes hours; a source still failing after three days fails the job (the
     *  weekly retry tries again). A cancelled download closes its connection and deletes its pages before the
     *  workflow goes on. */
    public static final ActivityOptions DOWNLOAD = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(6))
            .setHeartbeatTimeout(HEARTBEAT_TIMEOUT)
            .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
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

    /** Processing, pulling and exporting millions of releases take hours; a cancelled attempt stops at its next
     *  release and has removed its temporary files before the workflow wipes the job's temporary data. */
    public static final ActivityOptions BULK_DATA = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(12))
            .setHeartbeatTimeout(HEARTBEAT_TIMEOUT)
            .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
            .setScheduleToCloseTimeout(Duration.ofDays(2))
            .setRetryOptions(backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)))
            .build();

    /** Flattening a large file to CSV and Excel takes hours; a cancelled attempt deletes its temporary files
     *  before the workflow goes on. */
    public static final ActivityOptions FLATTEN = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofHours(12))
            .setHeartbeatTimeout(HEARTBEAT_TIMEOUT)
            .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
            .setScheduleToCloseTimeout(Duration.ofDays(2))
            .setRetryOptions(backoff(Duration.ofMinutes(1), Duration.ofMinutes(30)))
            .build();

    /** Deleting a job's temporary data: minutes for a large crawl; a wipe failing for a day leaves the job
     *  not wiped (the data stays, visibly) rather than blocking it. */
    public static final ActivityOptions WIPE = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(30))
            .setScheduleToCloseTimeout(Duration.ofDays(1))
            .setRetryOptions(backoff(Duration.ofSeconds(10), Duration.ofMinutes(30)))
            .build();

    private TaskOptions() {}

    private static RetryOptions backoff(Duration initial, Duration maximum) {
        return RetryOptions.newBuilder()
                .setInitialInterval(initial)
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(maximum)
                .build();
    }
}
