package org.dataregistry.collect;

/**
 * How a finished crawl went, judged from its log as the original registry did.
 *
 * @param jobId the job
 * @param processId the Kingfisher Process collection id (job context {@code process_id})
 * @param dataVersion the crawl's data version (job context {@code data_version})
 * @param errorRate errors ÷ (files + errors), from 0 to 1 (job context {@code collect_error_rate})
 * @param failureReason why the collect task fails: {@code The crawl stopped prematurely}, {@code The crawl wasn't
 *     finished: <finish reason>} or {@code The crawl had a <rate> error rate}; {@code null} when the crawl succeeded
 * @param notes how many task notes the crawl's log gave (notable statistics, then each remaining critical, error,
 *     warning and ignored message with its {@code type}); the notes themselves are stored as the collect task's
 *     notes, since a bad crawl has too many to travel through the workflow
 */
public record CrawlResult(
        long jobId, String processId, String dataVersion, double errorRate, String failureReason, int notes) {

    /** Whether the collect task completes OK. */
    public boolean succeeded() {
        return failureReason == null;
    }
}
