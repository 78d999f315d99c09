package org.dataregistry.job;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Wipes the temporary data of a job that completed without wiping it (id {@link JobWorkflowIds#archiveOf}): one
 * whose "preserve temporary data" was unchecked afterwards, or whose wipe kept failing. The scheduler starts it, as
 * the original's archive phase wiped such jobs on each run.
 */
@WorkflowInterface
public interface JobArchiveWorkflow {

    /**
     * Wipes whatever either backend may have left for the job (collected files, processing store rows, the crawl's
     * files and Kingfisher Process collections known from its context, the staging file), then records the job
     * archived. A wipe that keeps failing (each is retried for up to a day) leaves it not archived, for a later sweep.
     */
    @WorkflowMethod
    void archive(JobPlan plan);
}
