package org.dataregistry.collect;

/**
 * What wiping a crawl did.
 *
 * @param jobId the job
 * @param deleted whether a crawl directory was deleted by this call
 * @param detail what happened, for the logs, e.g. {@code Deleted /data/kingfisher/spider/20240115_100000} or
 *     {@code Nothing to delete: the crawl's data version is not set}
 */
public record CrawlWipeResult(long jobId, boolean deleted, String detail) {}
