package org.dataregistry.job;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataregistry.task.TaskProgress;

/**
 * A real workflow in the app's in-process Temporal server, run under a job's workflow id on a worker of its own,
 * whose one activity is a pull ({@code PullPull}, as the job workflow's) that a test scripts: it fails once and then
 * succeeds, or it reports progress and waits until the test releases it. The job page reads it as it would the job
 * workflow; the job's rows in the database are the test's fixtures.
 */
final class ScriptedJobRun implements AutoCloseable {

    static final String QUEUE = "scripted-job-run";

    /** What the waiting pull reports in its heartbeat. */
    static final TaskProgress PROGRESS = new TaskProgress(1234, 5000, "compiled releases written", 12_345_678);

    private final WorkflowClient client;
    private final WorkerFactory workers;
    private final ScriptedPull pull;

    private ScriptedJobRun(WorkflowClient client, ScriptedPull pull) {
        this.client = client;
        this.pull = pull;
        this.workers = WorkerFactory.newInstance(client);
        workers.newWorker(QUEUE).registerWorkflowImplementationTypes(ScriptedJobImpl.class);
        workers.getWorker(QUEUE).registerActivitiesImplementations(pull);
        workers.start();
    }

    /** A run whose pull fails once with "Source answered 503" and succeeds when retried. */
    static ScriptedJobRun failingOnce(WorkflowClient client) {
        return new ScriptedJobRun(client, new ScriptedPull(true));
    }

    /** A run whose pull heartbeats {@link #PROGRESS} and waits for {@link #release()}. */
    static ScriptedJobRun waitingWithProgress(WorkflowClient client) {
        return new ScriptedJobRun(client, new ScriptedPull(false));
    }

    /** Starts the run as the job's workflow. */
    ScriptedJobRun start(long jobId) {
        ScriptedJob workflow = client.newWorkflowStub(
                ScriptedJob.class,
                WorkflowOptions.newBuilder()
                        .setTaskQueue(QUEUE)
                        .setWorkflowId(JobWorkflowIds.of(jobId))
                        .build());
        WorkflowClient.start(workflow::run, jobId);
        return this;
    }

    /** Waits until the pull has reported its progress. */
    void awaitProgressReported() throws InterruptedException {
        if (!pull.reported.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The scripted pull never reported progress");
        }
    }

    /** Lets the waiting pull complete. */
    void release() {
        pull.released.countDown();
    }

    /** Waits until the run has completed. */
    void awaitCompleted(long jobId) throws java.util.concurrent.TimeoutException {
        client.newUntypedWorkflowStub(JobWorkflowIds.of(jobId)).getResult(30, TimeUnit.SECONDS, Void.class);
    }

    @Override
    public void close() {
        release();
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    @WorkflowInterface
    public interface ScriptedJob {

        @WorkflowMethod
        void run(long jobId);
    }

    @ActivityInterface(namePrefix = "Pull")
    public interface ScriptedPullActivities {

        void pull(long jobId);
    }

    /** Sleeps a moment (a timer in the history), then pulls, retried quickly. */
    public static class ScriptedJobImpl implements ScriptedJob {

        private final ScriptedPullActivities pull = Workflow.newActivityStub(
                ScriptedPullActivities.class,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(Duration.ofMinutes(1))
                        .setRetryOptions(RetryOptions.newBuilder()
                                .setInitialInterval(Duration.ofMillis(100))
                                .setBackoffCoefficient(1)
                                .setMaximumAttempts(3)
                                .build())
                        .build());

        @Override
        public void run(long jobId) {
            Workflow.sleep(Duration.ofSeconds(1));
            pull.pull(jobId);
        }
    }

    static final class ScriptedPull implements ScriptedPullActivities {

        private final boolean failOnce;
        private final AtomicInteger attempts = new AtomicInteger();
        private final CountDownLatch reported = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        ScriptedPull(boolean failOnce) {
            this.failOnce = failOnce;
        }

        @Override
        public void pull(long jobId) {
            if (failOnce) {
                if (attempts.incrementAndGet() == 1) {
                    throw ApplicationFailure.newFailure("Source answered 503", "Temporary");
                }
                return;
            }
            Activity.getExecutionContext().heartbeat(PROGRESS);
            reported.countDown();
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
