package org.dataregistry.task;

/** The Temporal task queues the registry's workers poll. */
public final class TaskQueues {

    /** Job workflows and their activities. Every app instance (or worker-only instance) polls it. */
    public static final String JOBS = "data-registry-jobs";

    private static final String BULK_SUFFIX = "-bulk";

    /**
     * The long tasks' activities of job workflows on {@link #JOBS}: downloads, processing, pulls, exports and
     * flattening, each of which can keep the processors, the disk or the database busy for hours. Its workers run
     * fewer activities at a time than the jobs queue's, so that a few big jobs cannot starve the UI sharing the JVM.
     */
    public static final String JOBS_BULK = bulkOf(JOBS);

    private TaskQueues() {}

    /** The queue of the long tasks' activities of workflows running on {@code workflowQueue}. */
    public static String bulkOf(String workflowQueue) {
        return workflowQueue + BULK_SUFFIX;
    }

    /** Whether a queue is a bulk queue ({@link #bulkOf}). */
    public static boolean isBulk(String queue) {
        return queue.endsWith(BULK_SUFFIX);
    }
}
