package org.dataregistry.job;

import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;

/**
 * Runs job workflows on an in-process Temporal with the given activity implementations, as the app's worker does:
 * the {@link TaskAttempts} interceptor, the one-second heartbeat throttle, and the long tasks on the bulk queue.
 */
final class JobRuns implements AutoCloseable {

    private final TestWorkflowEnvironment environment;

    /**
     * @param timeSkipping whether timers and retry back-offs pass at once (fake activities) or in real time (real
     *     activities that take their time)
     */
    JobRuns(boolean timeSkipping, TaskAttempts attempts, Object... activities) {
        environment = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setUseTimeskipping(timeSkipping)
                .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(attempts)
                        .build())
                .build());
        WorkerOptions options = WorkerOptions.newBuilder()
                .setMaxHeartbeatThrottleInterval(TaskOptions.HEARTBEAT_THROTTLE)
                .build();
        Worker worker = environment.newWorker(TaskQueues.JOBS, options);
        worker.registerWorkflowImplementationTypes(JobWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
        environment.newWorker(TaskQueues.JOBS_BULK, options).registerActivitiesImplementations(activities);
        environment.start();
    }

    /** Starts the job's workflow from {@code firstTask}, without waiting for it. */
    WorkflowStub start(long jobId, TaskType firstTask) {
        JobWorkflow workflow = environment
                .getWorkflowClient()
                .newWorkflowStub(
                        JobWorkflow.class,
                        WorkflowOptions.newBuilder()
                                .setTaskQueue(TaskQueues.JOBS)
                                .setWorkflowId(JobWorkflowIds.of(jobId))
                                .setWorkflowExecutionTimeout(Duration.ofMinutes(10))
                                .build());
        WorkflowClient.start(workflow::run, new JobStart(jobId, firstTask));
        return WorkflowStub.fromTyped(workflow);
    }

    /** What the job's running activities last heartbeat, as the job page reads it. */
    List<TaskProgress> progress(long jobId) {
        List<PendingActivityInfo> pending = environment
                .getWorkflowServiceStubs()
                .blockingStub()
                .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(environment.getNamespace())
                        .setExecution(io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                                .setWorkflowId(JobWorkflowIds.of(jobId)))
                        .build())
                .getPendingActivitiesList();
        return pending.stream()
                .filter(PendingActivityInfo::hasHeartbeatDetails)
                .map(activity -> Optional.ofNullable(DefaultDataConverter.STANDARD_INSTANCE.fromPayloads(
                        0, Optional.of(activity.getHeartbeatDetails()), TaskProgress.class, TaskProgress.class)))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void close() {
        environment.close();
    }
}
