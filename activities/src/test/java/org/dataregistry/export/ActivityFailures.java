package org.dataregistry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What an activity call through a {@code TestActivityEnvironment} stub failed with. */
public final class ActivityFailures {

    private ActivityFailures() {}

    /** The {@link ApplicationFailure} the activity threw, as the workflow sees it; fails if it didn't. */
    public static ApplicationFailure applicationFailure(ThrowingCallable call) {
        ActivityFailure failure = catchThrowableOfType(ActivityFailure.class, call);
        assertThat(failure).as("the activity failed").isNotNull();
        assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
        return (ApplicationFailure) failure.getCause();
    }
}
