package org.dataregistry.schedule;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Starts the jobs the schedule calls for. Each sweep creates a job for every publication that is due (its
 * retrieval frequency has passed since its last job started, or a week since an unsuccessful one started) and
 * starts a {@code JobWorkflow} for every job waiting for one, as an abandoned child so the job outlives
 * the sweep. A job's workflow id is unique, so two overlapping sweeps never run one job twice, and the database
 * allows one incomplete job per publication. Then, as the original's archive phase, it starts a
 * {@code JobWipeWorkflow} (likewise abandoned, likewise unique per job) for each completed job whose temporary
 * data is still there though it doesn't preserve it.
 */
@WorkflowInterface
public interface SchedulerWorkflow {

    String ID = "job-scheduler";

    @WorkflowMethod
    void run(SchedulerInput input);
}
