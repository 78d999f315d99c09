package org.dataregistry.collect;

import java.util.List;

/**
 * What the built-in collector downloaded.
 *
 * @param jobId the job
 * @param pages how many responses were read: the source URL and every {@code links.next} page after it
 * @param files the stored files in page order, relative to the job's collect directory, e.g. {@code 0001.json}
 * @param bytes the bytes stored, all pages together
 * @param resolvedSourceUrl where the source URL led after redirects
 * @param lastPageUrl the URL of the last page read, after redirects (the source URL's when there is one page)
 */
public record DownloadResult(
        long jobId, int pages, List<String> files, long bytes, String resolvedSourceUrl, String lastPageUrl) {

    public DownloadResult {
        files = List.copyOf(files);
    }
}
