package org.dataregistry.collect;

/**
 * What the built-in collector downloads for a job.
 *
 * @param jobId the job whose collect directory receives the files
 * @param sourceUrl the publication's {@code source_url}: a release or record package, JSON Lines, or a {@code .gz}
 *     or {@code .zip} of them
 */
public record DownloadRequest(long jobId, String sourceUrl) {}
