package org.dataregistry.task;

/** The Temporal task queues the registry's workers poll. */
public final class TaskQueues {

    /** Job workflows and their activities. Every app instance (or worker-only instance) polls it. */
    public static final String JOBS = "data-registry-jobs";

    private TaskQueues() {
    }
}
