package org.dataregistry.job;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One job of one publication, as a durable workflow (id {@link JobWorkflowIds#of}): collect → process → pull →
 * exporter → flattener, each task's state recorded in the database as it goes.
 */
@WorkflowInterface
public interface JobWorkflow {

    /**
     * Runs the job's tasks in order, from {@code start.firstTask()} ({@code COLLECT} for a new job; a later task to
     * restart a job whose inputs for that task still exist).
     * <ul>
     * <li>A temporary failure (network, timeout, database) is retried by the activity's retry policy while the task
     * stays RUNNING.</li>
     * <li>A permanent failure, or a task that finishes with a failure reason (e.g. a crawl with too many errors),
     * completes the task FAILED and the job unsuccessful; later tasks stay PLANNED.</li>
     * <li>On success the job becomes its publication's active job and older jobs are deleted by the retention
     * rule.</li>
     * <li>Either way the temporary data (collected files, processing store rows, staging file) is then wiped,
     * unless the job preserves it; exports stay.</li>
     * <li>Cancelling the workflow stops the running activity (a crawl is cancelled at Scrapyd), wipes the temporary
     * data in a detached scope and completes the running and planned tasks CANCELLED.</li>
     * </ul>
     */
    @WorkflowMethod
    JobOutcome run(JobStart start);
}
