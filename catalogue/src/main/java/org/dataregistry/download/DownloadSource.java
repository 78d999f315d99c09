package org.dataregistry.download;

/**
 * A publication as its downloads see it.
 *
 * @param sourceId what its attachments' names start with, and the first segment of its files on a downloads server
 * @param activeJobId the job whose files are downloaded, or {@code null} before its first successful job
 */
record DownloadSource(String sourceId, Long activeJobId) {}
