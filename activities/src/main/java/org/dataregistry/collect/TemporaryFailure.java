package org.dataregistry.collect;

import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;

/** Turns an I/O failure into what an activity throws for a temporary failure: a retryable one. */
final class TemporaryFailure {

    private TemporaryFailure() {}

    /**
     * The failure to throw for {@code e}: retryable, and when the server sent a {@code Retry-After}, asking Temporal
     * to wait that long before the next attempt instead of the retry policy's interval. Its type is the exception's
     * class name, as for any other exception an activity throws.
     */
    static RuntimeException of(IOException e) {
        if (e instanceof HttpStatusException status && status.retryAfter().isPresent()) {
            return ApplicationFailure.newFailureWithCauseAndDelay(
                    e.getMessage(),
                    e.getClass().getName(),
                    e,
                    status.retryAfter().get());
        }
        return Activity.wrap(e);
    }
}
