package org.dataregistry.job;

/**
 * A completed job as the publication list's "Recent jobs" column shows it.
 *
 * @param job the job, for its label and link
 * @param unsuccessful whether a task failed or was cancelled
 * @param collectErrorRate the share of the crawl's requests that failed, 0 to 1; null when not measured (the
 *     built-in download, or a crawl that never finished)
 */
public record RecentJob(JobSummary job, boolean unsuccessful, Double collectErrorRate) {}
