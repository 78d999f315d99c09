package org.dataregistry.job;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Wipes the temporary data of a job that completed without wiping it (id {@link JobWorkflowIds#wipeOf}): one
 * whose "preserve temporary data" was unchecked afterwards, or whose wipe kept failing. The scheduler starts it, as
 * the original's archive phase wiped such jobs on each run.
 *
 * <p>Its workflow type keeps the name {@code JobArchiveWorkflow}: Temporal records it in every history and in the
 * scheduler's running children, so a new type name would strand them.
 */
@WorkflowInterface
public interface JobWipeWorkflow {

    /**
     * Wipes whatever either backend may have left for the job (collected files, processing store rows, the crawl's
     * files and Kingfisher Process collections known from its context, the staging file), then records the job
     * wiped. A wipe that keeps failing (each is retried for up to a day) leaves it not wiped, for a later sweep.
     */
    @WorkflowMethod(name = "JobArchiveWorkflow")
    void wipe(JobPlan plan);
}
