package org.dataregistry.schedule;

// Workflow code is replayed by Temporal and must be deterministic: no wall clock, randomness, threads, I/O,
// Spring or LoggerFactory here. Use Workflow.* (time, UUIDs, sleep, logging) and do side effects in activities.
// Changing the order of commands of a released workflow needs Workflow.getVersion.

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import org.dataregistry.job.JobPlan;
import org.dataregistry.job.JobStart;
import org.dataregistry.job.JobWipeWorkflow;
import org.dataregistry.job.JobWorkflow;
import org.dataregistry.job.JobWorkflowIds;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;

public class SchedulerWorkflowImpl implements SchedulerWorkflow {

    /** Sweeps per run before continuing as new, keeping each run's history short. */
    static final int SWEEPS_PER_RUN = 100;

    /** The change that added wiping to sweeps, for runs recorded before it (the change id keeps its first name). */
    static final String WIPE_SWEEP = "archive-sweep";

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
        if (Workflow.getVersion(WIPE_SWEEP, Workflow.DEFAULT_VERSION, 1) >= 1) {
            for (JobPlan plan : scheduling.jobsToWipe()) {
                wipe(plan);
            }
        }
    }

    /** On the scheduler's own task queue (the jobs queue), so whichever worker runs sweeps runs jobs. */
    private void start(long jobId) {
        JobWorkflow job = Workflow.newChildWorkflowStub(JobWorkflow.class, detachedChild(JobWorkflowIds.of(jobId)));
        Async.function(job::run, new JobStart(jobId, TaskType.COLLECT));
        awaitStart(job, "Job " + jobId + " already has a workflow (started by someone else)");
    }

    private void wipe(JobPlan plan) {
        JobWipeWorkflow wipe = Workflow.newChildWorkflowStub(
                JobWipeWorkflow.class, detachedChild(JobWorkflowIds.wipeOf(plan.jobId())));
        Async.procedure(wipe::wipe, plan);
        awaitStart(wipe, "Job " + plan.jobId() + " is being wiped already");
    }

    /** A child that goes on when the sweep's run ends; a closed one with its id may run again. */
    private static ChildWorkflowOptions detachedChild(String workflowId) {
        return ChildWorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .build();
    }

    /** Waits until the child has started; one already running with its id is left alone. */
    private static void awaitStart(Object child, String alreadyRunning) {
        try {
            Workflow.getWorkflowExecution(child).get();
        } catch (ChildWorkflowFailure running) {
            log.info(alreadyRunning);
        }
    }
}
