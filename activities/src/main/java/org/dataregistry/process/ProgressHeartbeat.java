package org.dataregistry.process;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;

/**
 * Heartbeats a long activity as it makes progress. Besides proving the worker alive, a heartbeat is how a
 * cancellation reaches the activity: it throws {@link io.temporal.client.ActivityCompletionException}, which ends
 * the work where it is.
 */
public final class ProgressHeartbeat {

    private final ActivityExecutionContext context;
    private final long every;
    private long next;

    private ProgressHeartbeat(ActivityExecutionContext context, long every) {
        this.context = context;
        this.every = every;
        this.next = every;
    }

    /** Heartbeats the activity running on this thread at most once every {@code every} items. */
    public static ProgressHeartbeat ofCurrentActivity(long every) {
        return new ProgressHeartbeat(Activity.getExecutionContext(), every);
    }

    /** Records that {@code done} items are done, heartbeating when {@code every} more are done since the last. */
    public void progress(long done) {
        if (done >= next) {
            beat(done);
        }
    }

    /** Heartbeats now with {@code done} as the details. */
    public void beat(long done) {
        context.heartbeat(done);
        next = done + every;
    }
}
