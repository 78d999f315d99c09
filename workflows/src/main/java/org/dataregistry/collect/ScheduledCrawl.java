package org.dataregistry.collect;

/**
 * A crawl Scrapyd accepted; the job context keeps its fields as {@code spider}, {@code job_id} and
 * {@code scrapy_log}.
 *
 * @param jobId the job
 * @param spider the Kingfisher Collect spider
 * @param scrapydJobId the Scrapyd job id
 * @param logUrl where Scrapyd serves the crawl's log: {@code <SCRAPYD_URL>/logs/<project>/<spider>/<job id>.log}
 */
public record ScheduledCrawl(long jobId, String spider, String scrapydJobId, String logUrl) {}
