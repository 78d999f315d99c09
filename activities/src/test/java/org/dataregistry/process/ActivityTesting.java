package org.dataregistry.process;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import tools.jackson.databind.JsonNode;

/** Runs activity implementations as Temporal runs them (own thread, heartbeats, cancellation), once each. */
public final class ActivityTesting {

    private ActivityTesting() {}

    /** A stub of {@code type} calling {@code implementation} once, without retries. */
    public static <T> T stub(TestActivityEnvironment environment, Class<T> type, Object implementation) {
        environment.registerActivitiesImplementations(implementation);
        return environment.newActivityStub(
                type,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(Duration.ofMinutes(2))
                        .setRetryOptions(
                                RetryOptions.newBuilder().setMaximumAttempts(1).build())
                        .build());
    }

    /** The application failure an activity call ended with, called directly or through a stub. */
    public static ApplicationFailure applicationFailure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof ApplicationFailure failure) {
            return failure;
        }
        if (thrown instanceof ActivityFailure failure && failure.getCause() instanceof ApplicationFailure cause) {
            return cause;
        }
        throw new AssertionError("not an activity's application failure: " + thrown, thrown);
    }

    /** Whether two JSON trees are equal, numbers compared by value ({@code 1.0} equals {@code 1.00}). */
    public static boolean sameJson(JsonNode actual, JsonNode expected) {
        return actual.equals(
                (a, b) -> a.isNumber() && b.isNumber()
                        ? a.decimalValue().compareTo(b.decimalValue())
                        : (a.equals(b) ? 0 : 1),
                expected);
    }

    /** A test fixture file, under {@code /fixtures}. */
    public static Path fixture(String name) {
        try {
            return Path.of(
                    ActivityTesting.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture into {@code directory} under {@code name}. */
    public static Path copyFixture(String fixture, Path directory, String name) {
        try {
            Files.createDirectories(directory);
            return Files.copy(fixture(fixture), directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
