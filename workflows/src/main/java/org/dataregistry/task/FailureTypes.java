package org.dataregistry.task;

/**
 * The {@code type} of the {@code ApplicationFailure}s activities throw. Permanent failures are non-retryable: the
 * task completes FAILED with the failure's message as its note. Temporary ones (I/O, HTTP, timeouts) are plain
 * retryable exceptions and need no type; {@link #STILL_RUNNING} marks a poll that found the external work unfinished.
 */
public final class FailureTypes {

    /** The source refused or broke the request for good (HTTP 4xx, not http(s), too many redirects, too large). */
    public static final String SOURCE_REFUSED = "SourceRefused";
    /** The data read is not OCDS the registry can use (invalid JSON, truncated archive, no releases). */
    public static final String INVALID_DATA = "InvalidData";
    /** The collection produced nothing to publish. */
    public static final String NOTHING_COLLECTED = "NothingCollected";
    /** The crawl ended badly: lost, not finished, too many errors, stopped prematurely. */
    public static final String CRAWL_FAILED = "CrawlFailed";
    /** Scrapyd or Kingfisher Process answered with an error that retrying won't fix. */
    public static final String EXTERNAL_SERVICE_ERROR = "ExternalServiceError";
    /** A task's input is gone (e.g. temporary data wiped), so it can't run. */
    public static final String INPUT_MISSING = "InputMissing";
    /** The registry is configured wrongly for this job (e.g. no Scrapyd URL for a Scrapyd publication). */
    public static final String CONFIGURATION = "Configuration";
    /**
     * Retryable: the external work (a crawl, a Kingfisher Process collection) isn't finished yet. The activity is
     * polled again by its retry policy; this is waiting, not an error.
     */
    public static final String STILL_RUNNING = "StillRunning";

    private FailureTypes() {}
}
