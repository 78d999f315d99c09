package org.dataregistry.collect;

import io.temporal.activity.ActivityInterface;
import org.dataregistry.task.FailureTypes;

/**
 * The collect task of the built-in backend ({@link org.dataregistry.job.Backend#BUILT_IN}): downloads a publication's
 * source URL into the job's collect directory, where the process task reads it.
 *
 * <p>The activity type names keep their first prefix, {@code HttpCollect} ({@code HttpCollectDownload},
 * {@code HttpCollectWipe}): Temporal records them in every workflow history, so a new prefix would strand the
 * activities of running jobs.
 */
@ActivityInterface(namePrefix = "HttpCollect")
public interface CollectActivities {

    /**
     * Downloads {@code request.sourceUrl()} and, while a JSON page has a {@code links.next} URL, the page it names.
     * Each response is stored as received (no decompression), one file per page, numbered in order with an extension
     * telling its content: {@code 0001.json}, {@code 0002.json.gz}, {@code 0003.zip}. Only http and https URLs are
     * followed, for the source, its redirects and its {@code links.next} alike. Requests carry the registry's
     * User-Agent.
     *
     * <p><b>Idempotent</b> per {@code jobId}: every attempt starts from scratch in a temporary directory beside the
     * collect directory and replaces the collect directory only once every page is in, so a rerun never mixes or
     * duplicates pages; temporary directories that crashed attempts left behind are deleted.
     *
     * <p><b>Temporary failures</b> (plain exceptions, retried by the retry policy): connection errors, timeouts, a
     * response that stalls, HTTP 5xx, 408 and 429. When the source sends {@code Retry-After}, the failure says so and
     * asks Temporal to wait that long (at most a day) before the next attempt.
     *
     * <p><b>Permanent failures</b> (non-retryable {@code ApplicationFailure}):
     * <ul>
     *   <li>{@link FailureTypes#SOURCE_REFUSED}: any other HTTP 4xx; a source, redirect or {@code links.next} URL
     *       that is not http(s); more redirects than {@code data-registry.download.max-redirects}; a response larger
     *       than {@code max-response-size}; more pages than {@code max-pages}; a {@code links.next} that leads back
     *       to a page already read;</li>
     *   <li>{@link FailureTypes#INVALID_DATA}: a response that is neither JSON (a package, JSON Lines) nor a gzip or
     *       zip archive, or a JSON page that cannot be parsed while looking for its {@code links.next}.</li>
     * </ul>
     * A failed attempt leaves no partial output.
     *
     * <p><b>Duration</b>: seconds to hours; a large source is gigabytes over many pages. <b>Heartbeats</b> a
     * {@link org.dataregistry.task.TaskProgress} (pages downloaded, bytes) every second, however slowly the source
     * answers, so a short heartbeat timeout suits it. When the workflow cancels it, the connection is closed at once
     * and the attempt ends cancelled, leaving no partial output.
     */
    DownloadResult download(DownloadRequest request);

    /**
     * Deletes the job's collect directory and any temporary directory of an unfinished download.
     *
     * <p><b>Idempotent</b>: nothing to delete is fine. <b>Temporary failure</b>: an I/O error. <b>Duration</b>:
     * milliseconds to seconds.
     */
    void wipe(long jobId);
}
