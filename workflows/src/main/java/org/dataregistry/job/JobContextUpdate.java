package org.dataregistry.job;

/** @param context what a running task learned, to merge into the job's context now (e.g. a crawl's log URL) */
public record JobContextUpdate(long jobId, JobContext context) {}
