package org.dataregistry.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.dataregistry.job.Backend;
import org.dataregistry.job.JobOutcome;
import org.dataregistry.job.JobPlan;
import org.dataregistry.job.JobStart;
import org.dataregistry.job.JobWipeWorkflow;
import org.dataregistry.job.JobWorkflow;
import org.dataregistry.job.JobWorkflowIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SchedulerWorkflowTest {

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(SchedulerWorkflowImpl.class, RunningJob.class, RecordingWipe.class)
            .setDoNotStart(true)
            .build();

    @Test
    void eachSweepStartsAWorkflowForEveryJobWaitingForOne(TestWorkflowEnvironment env, Worker worker) {
        FakeScheduling scheduling = new FakeScheduling(List.of(1L, 2L), List.of(), List.of(3L));
        worker.registerActivitiesImplementations(scheduling);
        env.start();

        SchedulerWorkflow scheduler = scheduler(env, worker);
        WorkflowClient.start(scheduler::run, new SchedulerInput(5, true));
        env.sleep(Duration.ofMinutes(11));

        assertThat(scheduling.sweeps).isGreaterThanOrEqualTo(3);
        assertThat(List.of(1L, 2L, 3L)).allSatisfy(job -> assertRunning(env, job));
    }

    @Test
    void aJobAlreadyRunningDoesNotStopTheSweep(TestWorkflowEnvironment env, Worker worker) {
        FakeScheduling scheduling = new FakeScheduling(List.of(4L), List.of(4L, 5L));
        worker.registerActivitiesImplementations(scheduling);
        env.start();

        SchedulerWorkflow scheduler = scheduler(env, worker);
        WorkflowClient.start(scheduler::run, new SchedulerInput(5, true));
        env.sleep(Duration.ofMinutes(6));

        assertThat(scheduling.sweeps).isGreaterThanOrEqualTo(2);
        assertRunning(env, 4L);
        assertRunning(env, 5L);
    }

    @Test
    void aScheduledRunSweepsOnceAndEnds(TestWorkflowEnvironment env, Worker worker) {
        FakeScheduling scheduling = new FakeScheduling(List.of(6L));
        worker.registerActivitiesImplementations(scheduling);
        env.start();

        scheduler(env, worker).run(new SchedulerInput(5, false));

        assertThat(scheduling.sweeps).isEqualTo(1);
        assertRunning(env, 6L);
    }

    @Test
    void eachSweepWipesTheCompletedJobsThatStillHaveTemporaryData(TestWorkflowEnvironment env, Worker worker) {
        FakeScheduling scheduling = new FakeScheduling(List.of(10L));
        scheduling.toWipe.add(List.of(plan(8L), plan(9L)));
        worker.registerActivitiesImplementations(scheduling);
        env.start();

        scheduler(env, worker).run(new SchedulerInput(5, false));

        assertRunning(env, 10L);
        assertThat(List.of(8L, 9L))
                .allSatisfy(job -> assertThat(env.getWorkflowClient()
                                .newUntypedWorkflowStub(JobWorkflowIds.wipeOf(job))
                                .getResult(Void.class))
                        .isNull());
        assertThat(RecordingWipe.wiped).contains(8L, 9L);
    }

    private static JobPlan plan(long jobId) {
        return new JobPlan(jobId, 1, Backend.BUILT_IN, "source", "https://example.com", false, null, null);
    }

    /**
     * The job's workflow was started and never ended by itself. It may have timed out: while a test waits for a
     * result, the test server skips time, under load sometimes past its default run timeout.
     */
    private static void assertRunning(TestWorkflowEnvironment env, long jobId) {
        assertThat(RunningJob.started).as("jobs whose workflow started").contains(jobId);
        assertThat(env.getWorkflowClient()
                        .newUntypedWorkflowStub(JobWorkflowIds.of(jobId))
                        .describe()
                        .getStatus())
                .as("job %d's workflow", jobId)
                .isIn(
                        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING,
                        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT);
    }

    private static SchedulerWorkflow scheduler(TestWorkflowEnvironment env, Worker worker) {
        return env.getWorkflowClient()
                .newWorkflowStub(
                        SchedulerWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setTaskQueue(worker.getTaskQueue())
                                .setWorkflowId(SchedulerWorkflow.ID)
                                .build());
    }

    /** Returns the given job lists, one per sweep, then nothing; likewise the jobs to wipe. */
    static final class FakeScheduling implements SchedulingActivities {
        private final Queue<List<Long>> answers;
        final Queue<List<JobPlan>> toWipe = new ConcurrentLinkedQueue<>();
        volatile int sweeps;

        @SafeVarargs
        FakeScheduling(List<Long>... answers) {
            this.answers = new ConcurrentLinkedQueue<>(List.of(answers));
        }

        @Override
        public List<Long> createDueJobs() {
            sweeps++;
            List<Long> next = answers.poll();
            return next == null ? List.of() : next;
        }

        @Override
        public List<JobPlan> jobsToWipe() {
            List<JobPlan> next = toWipe.poll();
            return next == null ? List.of() : next;
        }
    }

    /** A wipe workflow that records which jobs it wiped. */
    public static class RecordingWipe implements JobWipeWorkflow {
        static final Queue<Long> wiped = new ConcurrentLinkedQueue<>();

        @Override
        public void wipe(JobPlan plan) {
            wiped.add(plan.jobId());
        }
    }

    /** A job workflow that runs until the test ends, and records that it started. */
    public static class RunningJob implements JobWorkflow {
        static final Queue<Long> started = new ConcurrentLinkedQueue<>();

        @Override
        public JobOutcome run(JobStart start) {
            started.add(start.jobId());
            Workflow.await(() -> false);
            return JobOutcome.succeeded();
        }
    }
}
