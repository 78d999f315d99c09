package org.dataregistry.job;

// Workflow code is replayed by Temporal and must be deterministic: no wall clock, randomness, threads, I/O,
// Spring or LoggerFactory here. Use Workflow.* (time, UUIDs, sleep, logging) and do side effects in activities.
// Changing the order of commands of a released workflow needs Workflow.getVersion.

public class JobWipeWorkflowImpl implements JobWipeWorkflow {

    private final TemporaryData temporaryData = new TemporaryData();

    @Override
    public void wipe(JobPlan plan) {
        temporaryData.wipeAll(plan);
    }
}
