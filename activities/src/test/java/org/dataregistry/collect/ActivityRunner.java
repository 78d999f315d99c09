package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Runs activities as a Temporal worker does (arguments and results through the data converter, heartbeats,
 * cancellation), one attempt per call so that a test sees each failure as the retry policy would.
 */
final class ActivityRunner implements AutoCloseable {

    private static final ActivityOptions ONE_ATTEMPT = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(1))
            .setHeartbeatTimeout(Duration.ofSeconds(1))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();

    private final TestActivityEnvironment environment = TestActivityEnvironment.newInstance();

    /** A stub that calls {@code implementation} through Temporal. */
    <T> T stub(Class<T> activities, T implementation) {
        environment.registerActivitiesImplementations(implementation);
        return environment.newActivityStub(activities, ONE_ATTEMPT);
    }

    /** Calls {@code listener} with each heartbeat's details. */
    <T> void onHeartbeat(Class<T> details, Consumer<T> listener) {
        environment.setActivityHeartbeatListener(details, listener::accept);
    }

    /** Asks the running activity to stop, as a workflow cancelling it does. */
    void cancel() {
        environment.requestCancelActivity();
    }

    /** The application failure {@code call} ends with, as the workflow sees it. */
    static ApplicationFailure failureOf(ThrowingCallable call) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(call)
                .isInstanceOf(ActivityFailure.class)
                .satisfies(thrown -> failure[0] = thrown.getCause())
                .cause()
                .isInstanceOf(ApplicationFailure.class);
        return (ApplicationFailure) failure[0];
    }

    /** Asserts that {@code failure} is permanent and of {@code type}. */
    static void assertPermanent(ApplicationFailure failure, String type) {
        assertThat(failure.isNonRetryable()).as("non-retryable").isTrue();
        assertThat(failure.getType()).isEqualTo(type);
    }

    @Override
    public void close() {
        environment.close();
    }
}
