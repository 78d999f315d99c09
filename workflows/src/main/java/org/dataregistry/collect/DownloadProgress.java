package org.dataregistry.collect;

/**
 * The heartbeat of a download in progress.
 *
 * @param jobId the job
 * @param pages the pages stored so far
 * @param bytes the bytes stored so far, the page being read included
 */
public record DownloadProgress(long jobId, int pages, long bytes) {
}
