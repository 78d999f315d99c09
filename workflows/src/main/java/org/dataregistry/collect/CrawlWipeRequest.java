package org.dataregistry.collect;

/**
 * A crawl to cancel and whose files to delete.
 *
 * @param jobId the job
 * @param spider the Kingfisher Collect spider
 * @param scrapydJobId the Scrapyd job id; {@code null} when no crawl was scheduled
 * @param dataVersion the crawl's data version from its log; {@code null} when the log never named it, and then
 *     there is no directory to delete
 */
public record CrawlWipeRequest(long jobId, String spider, String scrapydJobId, String dataVersion) {}
