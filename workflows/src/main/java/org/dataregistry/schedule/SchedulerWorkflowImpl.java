package org.dataregistry.schedule;

// Workflow code is replayed by Temporal and must be deterministic: no wall clock, randomness, threads, I/O,
// Spring or LoggerFactory here. Use Workflow.* (time, UUIDs, sleep, logging) and do side effects in activities.
// Changing the order of commands of a released workflow needs Workflow.getVersion.

import java.time.Duration;
import java.util.List;

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import org.dataregistry.job.JobStart;
import org.dataregistry.job.JobWorkflow;
import org.dataregistry.job.JobWorkflowIds;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;

public class SchedulerWorkflowImpl implements SchedulerWorkflow {

    /** Sweeps per run before continuing as new, keeping each run's history short. */
    static final int SWEEPS_PER_RUN = 100;

    private static final Logger log = Workflow.getLogger(SchedulerWorkflowImpl.class);

    private final SchedulingActivities scheduling =
            Workflow.newActivityStub(SchedulingActivities.class, TaskOptions.BOOKKEEPING);

    @Override
    public void run(SchedulerInput input) {
        if (!input.repeat()) {
            sweep();
            return;
        }
        for (int sweeps = 0; sweeps < SWEEPS_PER_RUN; sweeps++) {
            sweep();
            Workflow.sleep(Duration.ofMinutes(input.intervalMinutes()));
        }
        Workflow.continueAsNew(input);
    }

    private void sweep() {
        List<Long> jobs = scheduling.createDueJobs();
        for (long jobId : jobs) {
            start(jobId);
        }
    }

    /** On the scheduler's own task queue (the jobs queue), so whichever worker runs sweeps runs jobs. */
    private void start(long jobId) {
        JobWorkflow job = Workflow.newChildWorkflowStub(JobWorkflow.class, ChildWorkflowOptions.newBuilder()
                .setWorkflowId(JobWorkflowIds.of(jobId))
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .build());
        Async.function(job::run, new JobStart(jobId, TaskType.COLLECT));
        try {
            Workflow.getWorkflowExecution(job).get();
        } catch (ChildWorkflowFailure alreadyRunning) {
            log.info("Job {} already has a workflow (started by someone else)", jobId);
        }
    }
}
