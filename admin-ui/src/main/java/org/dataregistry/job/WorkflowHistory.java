package org.dataregistry.job;

import java.util.List;

/**
 * The history of the latest run of a job's workflow: a restart starts a new run, and earlier runs are not in it.
 *
 * @param workflowId the job's workflow id, e.g. {@code job-7}
 * @param runId the run's id
 * @param events its events, oldest first, without Temporal's workflow task bookkeeping
 */
public record WorkflowHistory(String workflowId, String runId, List<WorkflowEvent> events) {}
