package org.dataregistry.job;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workflow's bookkeeping, written to the job and task rows by {@link JobStore}. */
@Component
public class JobBookkeepingActivitiesImpl implements JobBookkeepingActivities {

    private final JobStore store;
    private final JobPlans plans;
    private final JobRetention retention;
    private final JobFiles files;

    public JobBookkeepingActivitiesImpl(JobStore store, JobPlans plans, JobRetention retention, JobFiles files) {
        this.store = store;
        this.plans = plans;
        this.retention = retention;
        this.files = files;
    }

    @Override
    @Transactional
    public JobPlan begin(JobStart start) {
        if (!store.beginRun(start.jobId(), start.firstTask())) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Job " + start.jobId() + " no longer exists", FailureTypes.INPUT_MISSING);
        }
        return plans.of(start.jobId());
    }

    @Override
    public void taskStarted(TaskRef task) {
        store.taskStarted(task);
    }

    @Override
    public void taskEnded(TaskEnd end) {
        store.taskEnded(end);
    }

    @Override
    public void recordContext(JobContextUpdate update) {
        store.mergeContext(update.jobId(), update.context());
    }

    @Override
    public void recordMetadata(JobMetadataUpdate update) {
        store.recordMetadata(update.jobId(), update.metadata());
    }

    @Override
    public void recordCoverage(JobCoverageUpdate update) {
        store.recordCoverage(update.jobId(), update.pull());
    }

    /** Activation in one transaction; then retention, which also deletes files, once that is committed. */
    @Override
    public void succeed(long jobId) {
        store.succeeded(jobId);
        retention.deleteOlderJobs(jobId);
    }

    @Override
    public void cancelled(long jobId) {
        store.cancelled(jobId);
    }

    /** Called once every task's temporary data is wiped; what remains of the job's temporary folder goes too. */
    @Override
    public void wiped(long jobId) {
        JobFiles.deleteRecursively(files.temporaryDir(jobId));
        store.wiped(jobId);
    }
}
