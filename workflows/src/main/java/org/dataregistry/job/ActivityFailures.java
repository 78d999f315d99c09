package org.dataregistry.job;

import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;

/** How workflow code words an activity's failure. */
final class ActivityFailures {

    private ActivityFailures() {}

    /**
     * What an administrator reads as the failed task's note: the activity's own message for a permanent failure,
     * or what it kept failing with when its retries ran out.
     */
    static String reasonOf(ActivityFailure failure) {
        Throwable cause = failure.getCause();
        String message = cause instanceof ApplicationFailure application
                ? application.getOriginalMessage()
                : cause instanceof TimeoutFailure
                        ? "Timed out (" + ((TimeoutFailure) cause).getTimeoutType() + ")"
                        : String.valueOf(cause == null ? failure.getMessage() : cause.getMessage());
        if (failure.getRetryState() == RetryState.RETRY_STATE_TIMEOUT
                || failure.getRetryState() == RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED) {
            return "Gave up retrying: " + message;
        }
        return message;
    }
}
