package org.dataregistry.collect;

/**
 * A Kingfisher Collect crawl to schedule on Scrapyd.
 *
 * @param jobId the job; its publication's settings bundle gives the crawl's Scrapy settings
 * @param spider the Kingfisher Collect spider: the publication's source ID
 * @param scrapydJobId the Scrapyd job id to schedule the crawl under, chosen by the workflow (e.g. from
 *     {@code Workflow.randomUUID()}) so that a rerun finds the crawl it already scheduled
 */
public record CrawlRequest(long jobId, String spider, String scrapydJobId) {}
