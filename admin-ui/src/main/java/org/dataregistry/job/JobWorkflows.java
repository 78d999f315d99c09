package org.dataregistry.job;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DataConverter;
import java.util.List;
import java.util.Optional;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and cancels job workflows, and reads what they do (their running activities, their history): the
 * one place job code talks to the Temporal client.
 */
@Component
public class JobWorkflows {

    private final WorkflowClient client;

    JobWorkflows(WorkflowClient client) {
        this.client = client;
    }

    /**
     * Starts a run of the job's workflow from {@code firstTask}, without waiting for it. Another run of the same
     * job may have run before (a restart), never at the same time.
     */
    public void start(long jobId, TaskType firstTask) {
        WorkflowOptions options = WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.JOBS)
                .setWorkflowId(JobWorkflowIds.of(jobId))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
                .build();
        JobWorkflow workflow = client.newWorkflowStub(JobWorkflow.class, options);
        try {
            WorkflowClient.start(workflow::run, new JobStart(jobId, firstTask));
        } catch (WorkflowExecutionAlreadyStarted e) {
            throw new ActionRefusedException("Job " + jobId + " is already running.");
        }
    }

    /**
     * Asks the job's running workflow to cancel; it then cleans up and completes the job itself. Returns false
     * when no workflow is running for the job.
     */
    public boolean cancel(long jobId) {
        try {
            client.newUntypedWorkflowStub(JobWorkflowIds.of(jobId)).cancel();
            return true;
        } catch (WorkflowNotFoundException e) {
            return false;
        }
    }

    /** Whether a workflow is running the job right now. */
    public boolean isRunning(long jobId) {
        try {
            WorkflowStub stub = client.newUntypedWorkflowStub(JobWorkflowIds.of(jobId));
            return stub.describe().getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
        } catch (WorkflowNotFoundException e) {
            return false;
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The task activities the job's workflow runs, or waits to retry, right now, with their attempts, last failures
     * and the progress their last heartbeats reported. Empty when no workflow runs the job, and when Temporal can't
     * be asked (the job page then shows what the database says).
     */
    public List<PendingActivity> pendingActivities(long jobId) {
        try {
            return client
                    .newUntypedWorkflowStub(JobWorkflowIds.of(jobId))
                    .describe()
                    .getRawDescription()
                    .getPendingActivitiesList()
                    .stream()
                    .flatMap(activity -> TaskAttempts.taskOf(
                                    activity.getActivityType().getName())
                            .stream()
                            .map(task -> new PendingActivity(
                                    task, activity.getAttempt(), lastFailure(activity), progress(activity))))
                    .toList();
        } catch (WorkflowException | StatusRuntimeException unavailable) {
            return List.of();
        }
    }

    /**
     * The events of the latest run of the job's workflow; empty when Temporal has none (the job never started one,
     * or the run closed longer ago than the namespace keeps histories).
     *
     * @throws ActionRefusedException when Temporal can't be asked
     */
    public Optional<WorkflowHistory> history(long jobId) {
        String workflowId = JobWorkflowIds.of(jobId);
        try {
            String runId = client.newUntypedWorkflowStub(workflowId)
                    .describe()
                    .getExecution()
                    .getRunId();
            try (var events = client.streamHistory(workflowId, runId)) {
                return Optional.of(new WorkflowHistory(workflowId, runId, WorkflowEvents.of(events, converter())));
            }
        } catch (WorkflowNotFoundException e) {
            return Optional.empty();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new ActionRefusedException("The workflow history can't be read now: " + e.getStatus());
        }
    }

    private static String lastFailure(PendingActivityInfo activity) {
        return activity.hasLastFailure() ? activity.getLastFailure().getMessage() : "";
    }

    /** The heartbeat's details if they are a {@link TaskProgress}; activities not yet reporting one say nothing. */
    private Optional<TaskProgress> progress(PendingActivityInfo activity) {
        if (!activity.hasHeartbeatDetails()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(converter()
                            .fromPayloads(
                                    0,
                                    Optional.of(activity.getHeartbeatDetails()),
                                    TaskProgress.class,
                                    TaskProgress.class))
                    .filter(progress ->
                            progress.unit() != null && !progress.unit().isBlank());
        } catch (RuntimeException notATaskProgress) {
            return Optional.empty();
        }
    }

    private DataConverter converter() {
        return client.getOptions().getDataConverter();
    }
}
