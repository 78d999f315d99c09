package org.dataregistry.job;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;
import org.dataregistry.validation.ActionRefusedException;
import org.springframework.stereotype.Component;

/** Starts, restarts and cancels job workflows: the one place job code talks to the Temporal client. */
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
}
