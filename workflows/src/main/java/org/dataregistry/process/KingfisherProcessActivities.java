package org.dataregistry.process;

import io.temporal.activity.ActivityInterface;

/**
 * Kingfisher Process, which processes what a Kingfisher Collect crawl collected: the crawl's collection and the
 * compiled collection derived from it, which the registry waits for and then pulls.
 */
@ActivityInterface(namePrefix = "KingfisherProcess")
public interface KingfisherProcessActivities {

    /**
     * Checks once whether Kingfisher Process has finished the crawl's collection and its compiled collection
     * ({@code GET /api/collections/<id>/tree/}); polled by the workflow's retry policy while it hasn't
     * (retryable {@code StillRunning}). When both have completed: reads the compiled collection's metadata, stores
     * the collection notes (WARNING and ERROR, aggregated) as the task's notes, and returns the compiled collection
     * id. Failure reasons as the original: "No compiled collection", "Collection is empty".
     * <p>
     * Idempotent (reads only, notes replaced). Temporary: HTTP and connection errors. Permanent: an unknown
     * collection ({@code ExternalServiceError}).
     */
    ProcessResult awaitCollection(KingfisherProcessRequest request);

    /** Deletes the Kingfisher Process collection ({@code DELETE /api/collections/<id>/}); safe to run twice. */
    void wipe(KingfisherProcessRequest request);
}
