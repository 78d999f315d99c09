package org.dataregistry.collect;

import io.temporal.activity.ActivityInterface;
import org.dataregistry.task.FailureTypes;

/**
 * The collect task's external backend: a Kingfisher Collect crawl run by Scrapyd, which also feeds the crawl into
 * Kingfisher Process. Start with {@link #schedule}, then poll {@link #awaitCrawl} through its retry policy until it
 * returns. To stop a job early, {@link #cancel} the crawl and {@link #wipe} its files (with the data version from
 * {@link #readProgress} when {@link #awaitCrawl} never returned).
 *
 * <p>Every method fails permanently with {@link FailureTypes#CONFIGURATION} when {@code SCRAPYD_URL} or
 * {@code SCRAPYD_PROJECT} is not set, and temporarily (a plain exception, retried) when Scrapyd cannot be reached
 * or answers with an HTTP error.
 */
@ActivityInterface(namePrefix = "Scrapyd")
public interface ScrapydActivities {

    /**
     * Schedules the crawl: {@code POST schedule.json} with {@code project}, {@code spider}, {@code jobid},
     * {@code steps=compile} and one {@code setting=KEY=VALUE} per setting of the publication's settings bundle, by
     * key. The settings are read from the database, so that secrets such as clearance cookies stay out of the
     * workflow's history.
     *
     * <p><b>Idempotent</b> per {@code scrapydJobId}: it first asks {@code status.json} whether Scrapyd already knows
     * the job, and then returns it without scheduling a second crawl.
     *
     * <p><b>Permanent failures</b>: {@link FailureTypes#EXTERNAL_SERVICE_ERROR} when Scrapyd answers
     * {@code "status": "error"} (its message, e.g. {@code spider 'x' not found}) or not with JSON;
     * {@link FailureTypes#INPUT_MISSING} when the job does not exist. <b>Duration</b>: under a second.
     *
     * @return the crawl, to pass to the other methods
     */
    ScheduledCrawl schedule(CrawlRequest request);

    /**
     * Checks the crawl once ({@code status.json}); a pending or running crawl fails retryably so that the retry
     * policy polls again: call it with a backoff coefficient of 1, the poll interval as initial interval (e.g. one
     * minute), no maximum attempts, and a start-to-close timeout of a few minutes (a finished crawl's log is read
     * whole).
     * <ul>
     *   <li>{@code pending}: retryable {@link FailureTypes#STILL_RUNNING} (waiting, not an error);</li>
     *   <li>{@code running}: retryable {@link FailureTypes#STILL_RUNNING}; once the log names the Kingfisher Process
     *       collection, the failure's message says so and its details hold a {@link CrawlProgress};</li>
     *   <li>{@code finished}: reads the log and returns how the crawl went, failure reason included (a crawl that
     *       failed is a result, not an exception);</li>
     *   <li>unknown to Scrapyd ({@code currstate} null: Scrapyd restarted or forgot it): permanent
     *       {@link FailureTypes#CRAWL_FAILED} {@code No status for Scrapyd job <id>};</li>
     *   <li>any other state: permanent {@link FailureTypes#EXTERNAL_SERVICE_ERROR}
     *       {@code Unknown status '<state>' for Scrapyd job <id>}.</li>
     * </ul>
     * Other <b>permanent failures</b> ({@link FailureTypes#CRAWL_FAILED}): the log of a running or finished crawl
     * is missing (HTTP 404: {@code Scrapyd job started but no Scrapy log written}); a finished log never names the
     * collection ({@code Unable to retrieve collection ID and data version from Scrapy log}). Scrapyd answering
     * {@code "status": "error"}: {@link FailureTypes#EXTERNAL_SERVICE_ERROR}.
     *
     * <p><b>Idempotent</b>: it only reads. <b>Duration</b>: under a second, up to a minute for a large finished log.
     */
    CrawlResult awaitCrawl(ScheduledCrawl crawl);

    /**
     * Reads the crawl's log for the Kingfisher Process collection it created, e.g. to learn the data version of a
     * crawl being cancelled. No log yet is not an error: the progress is then empty.
     *
     * <p><b>Idempotent</b>: it only reads. <b>Duration</b>: under a second (reading stops at the collection's line).
     */
    CrawlProgress readProgress(ScheduledCrawl crawl);

    /**
     * Cancels the crawl: {@code POST cancel.json} with {@code project} and {@code job}. Scrapyd stops a running crawl
     * with SIGINT, and it then closes with the reason {@code shutdown}.
     *
     * <p><b>Idempotent</b>: cancelling a finished, cancelled or unknown crawl is fine. <b>Permanent failure</b>:
     * {@link FailureTypes#EXTERNAL_SERVICE_ERROR} when Scrapyd answers {@code "status": "error"}. <b>Duration</b>:
     * under a second.
     */
    void cancel(ScheduledCrawl crawl);

    /**
     * Cancels the crawl (when one was scheduled), then deletes its directory in Kingfisher Collect's files store,
     * {@code <KINGFISHER_COLLECT_FILES_STORE>/<spider>/<data version as YYYYMMDD_HHMMSS>}, and the spider's
     * directory if that leaves it empty. Without a data version, or without a files store configured, there is
     * nothing to delete, and the result says so.
     *
     * <p><b>Idempotent</b>: a directory already deleted is fine. <b>Temporary failure</b>: an I/O error while
     * deleting. <b>Permanent failure</b>: {@link FailureTypes#INVALID_DATA} when the data version is not a crawl time
     * or the directory would be outside the files store (nothing is deleted). <b>Duration</b>: seconds to minutes for
     * a large crawl.
     */
    CrawlWipeResult wipe(CrawlWipeRequest request);
}
