package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/**
 * @param jobId the job to run
 * @param firstTask the task to run first: {@link TaskType#COLLECT} for a new job, a later one to restart
 */
public record JobStart(long jobId, TaskType firstTask) {}
