package org.dataregistry.collect;

/**
 * What the log of a crawl says so far about the Kingfisher Process collection it feeds. Both fields are
 * {@code null} until Kingfisher Collect has logged {@code Created collection <id> in Kingfisher Process
 * (<data version>)}.
 *
 * @param jobId the job
 * @param processId the Kingfisher Process collection id (job context {@code process_id}), as logged
 * @param dataVersion the crawl's start time as Kingfisher Collect logs it, e.g. {@code 2024-01-15 10:00:00} (job
 *     context {@code data_version}); it names the crawl's directory in the files store
 */
public record CrawlProgress(long jobId, String processId, String dataVersion) {

    /** Whether the log already named the collection. */
    public boolean collectionCreated() {
        return processId != null;
    }
}
