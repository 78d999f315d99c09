package org.dataregistry.job;

import org.dataregistry.task.TaskType;

/** One task of one job: the key of all task bookkeeping. */
public record TaskRef(long jobId, TaskType task) {}
