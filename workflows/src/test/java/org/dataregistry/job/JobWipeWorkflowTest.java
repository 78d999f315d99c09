package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobWipeWorkflowTest {

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(JobWipeWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private final FakeActivities fakes = new FakeActivities();

    @Test
    void whatEitherBackendLeftIsWipedThenTheJobIsRecordedWiped(
            TestWorkflowEnvironment env, Worker worker, JobWipeWorkflow wipe) {
        worker.registerActivitiesImplementations(fakes.all());
        env.start();

        wipe.wipe(crawledAndProcessed());

        assertThat(fakes.calls)
                .containsExactly(
                        "wipe download", "wipe process", "wipe crawl", "wipe collection 456", "wipe pull", "wiped");
    }

    @Test
    void aWipeThatFailsLeavesTheJobNotWipedForALaterSweep(
            TestWorkflowEnvironment env, Worker worker, JobWipeWorkflow wipe) {
        fakes.onPullWipe = () -> {
            throw ApplicationFailure.newNonRetryableFailure("staging file locked", "Test");
        };
        worker.registerActivitiesImplementations(fakes.all());
        env.start();

        wipe.wipe(FakeActivities.plan(Backend.BUILT_IN, false));

        assertThat(fakes.calls).containsExactly("wipe download", "wipe process", "wipe pull");
    }

    /** A Kingfisher job whose crawl and collection are known, though its publication now uses the built-in collector. */
    private static JobPlan crawledAndProcessed() {
        JobPlan plan = FakeActivities.plan(Backend.BUILT_IN, false);
        return new JobPlan(
                plan.jobId(),
                plan.publicationId(),
                plan.backend(),
                plan.sourceId(),
                plan.sourceUrl(),
                false,
                new KingfisherContext("portugal", "abc123", null, "456", "2024-01-15 10:00:00", 457L),
                List.of());
    }
}
