package org.dataregistry.flatten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataregistry.export.ActivityFailures.applicationFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInterface;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HeartbeatingRunTest {

    TestActivityEnvironment env;

    @BeforeEach
    void setUp() {
        env = TestActivityEnvironment.newInstance();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void heartbeatsWhileTheWorkRunsAndReturnsItsResult() {
        CountDownLatch heartbeat = new CountDownLatch(1);
        env.setActivityHeartbeatListener(Long.class, seconds -> heartbeat.countDown());

        // The work can only end once a heartbeat has been sent.
        String result = activity(() -> heartbeat.await(10, TimeUnit.SECONDS) ? "done" : "no heartbeat").run();

        assertThat(result).isEqualTo("done");
    }

    @Test
    void cancellingInterruptsTheWorkAndWaitsForItToEnd() {
        AtomicBoolean cleanedUp = new AtomicBoolean();
        env.requestCancelActivity();
        Work activity = activity(() -> {
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                Thread.sleep(200); // deleting temporary files, say
                cleanedUp.set(true);
                throw e;
            }
        });

        assertThatThrownBy(activity::run).isInstanceOf(CanceledFailure.class);
        assertThat(cleanedUp).isTrue();
    }

    @Test
    void anIoFailureOfTheWorkIsATemporaryFailureOfTheActivity() {
        ApplicationFailure failure = applicationFailure(activity(() -> {
            throw new IOException("disk full");
        })::run);

        assertThat(failure.getType()).isEqualTo(UncheckedIOException.class.getName());
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).contains("disk full");
    }

    private Work activity(Callable<String> work) {
        env.registerActivitiesImplementations((Work) () ->
                HeartbeatingRun.run(Activity.getExecutionContext(), Duration.ofMillis(10), "test work", work));
        return env.newActivityStub(Work.class);
    }

    /** An activity that runs some work in a {@link HeartbeatingRun}. */
    @ActivityInterface
    public interface Work {
        String run();
    }
}
