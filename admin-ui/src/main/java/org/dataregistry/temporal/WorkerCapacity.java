package org.dataregistry.temporal;

import org.dataregistry.task.TaskQueues;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many activities this app's workers run at once. Temporal's default (200 per worker) would let a burst of jobs
 * take every processor, connection and gigabyte of heap from the UI in the same JVM.
 *
 * @param maxActivities     activities at once on the jobs queue: bookkeeping, scheduling, Scrapyd and Kingfisher
 *                          Process polls, wipes (short, mostly waiting on the database or another service)
 * @param maxBulkActivities activities at once on the bulk queue: downloads, processing, pulls, exports, flattening
 *                          (hours each, and each of the CPU-bound ones uses every processor by itself)
 */
@ConfigurationProperties("data-registry.worker")
public record WorkerCapacity(int maxActivities, int maxBulkActivities) {

    public WorkerCapacity {
        if (maxActivities < 1 || maxBulkActivities < 1) {
            throw new IllegalArgumentException("data-registry.worker.max-activities and max-bulk-activities must be "
                    + "at least 1, not " + maxActivities + " and " + maxBulkActivities);
        }
    }

    /** The activities a worker on {@code taskQueue} runs at once. */
    public int forQueue(String taskQueue) {
        return TaskQueues.isBulk(taskQueue) ? maxBulkActivities : maxActivities;
    }
}
