package org.dataregistry.task;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionException;
import io.temporal.common.CancellationToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeat of a long activity: its {@link TaskProgress}, sent every second from a thread of its own, whatever
 * the work is doing (a read that stalls, a slow query), so that the heartbeat timeout can be short and a
 * cancellation reaches the activity at once.
 *
 * <p>Temporal tells an activity to stop (cancelled, timed out, its workflow gone) through the answer to a heartbeat.
 * Then the heartbeat runs the {@link #onStop stop actions} at once (closing a connection a read is blocked on,
 * interrupting an engine), and {@link #check()} — which the work calls as it goes, cheaply — throws Temporal's
 * {@link ActivityCompletionException}. The work lets that exception through its cleanup (temporary files deleted,
 * nothing committed); Temporal then records the attempt as cancelled, without a stack trace in the log.
 */
public final class TaskHeartbeat implements AutoCloseable {

    /** How often the progress is handed to Temporal, which throttles what it sends to the server. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(TaskHeartbeat.class);
    private static final ScheduledExecutorService TICKS = Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().daemon().name("task-heartbeat-", 1).factory());

    private final ActivityExecutionContext context;
    private final List<Runnable> stopActions = new ArrayList<>();
    private final ScheduledFuture<?> ticks;
    private final CancellationToken.Registration cancellation;
    private volatile String unit;
    private volatile long done;
    private volatile long total;
    private volatile long bytes;
    private volatile ActivityCompletionException stop;
    private volatile Thread interrupted;
    private boolean closed;

    private TaskHeartbeat(ActivityExecutionContext context, String unit, long total) {
        this.context = context;
        this.unit = unit;
        this.total = total;
        // The first heartbeat is sent at once: an activity cancelled before it started stops here.
        context.heartbeat(progress());
        this.ticks = TICKS.scheduleWithFixedDelay(
                this::beat, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        // Temporal learns of a cancellation from a heartbeat's answer: act on it then rather than at the next tick.
        this.cancellation = context.getCancellationToken()
                .onCancel(() -> TICKS.execute(() -> stop(new ActivityCanceledException(context.getInfo()))));
    }

    /**
     * Starts heartbeating the activity running on this thread.
     *
     * @param unit what an item is, e.g. {@code "pages downloaded"}
     * @throws ActivityCompletionException when the activity was cancelled before it started
     */
    public static TaskHeartbeat start(String unit) {
        return new TaskHeartbeat(Activity.getExecutionContext(), unit, 0);
    }

    /** Starts heartbeating the activity on this thread, towards a known total. */
    public static TaskHeartbeat start(String unit, long total) {
        return new TaskHeartbeat(Activity.getExecutionContext(), unit, total);
    }

    /** The progress the next heartbeat carries. */
    public TaskProgress progress() {
        return new TaskProgress(done, total, unit, bytes);
    }

    /** {@code done} items are done; throws if Temporal said stop. */
    public void done(long doneSoFar) {
        done = doneSoFar;
        check();
    }

    /** {@code byteCount} bytes are read or written so far. */
    public void bytes(long byteCount) {
        bytes = byteCount;
    }

    /** The work moves to items of another kind, none done yet, e.g. from releases stored to OCIDs compiled. */
    public void phase(String newUnit, long newTotal) {
        unit = newUnit;
        total = newTotal;
        done = 0;
        check();
    }

    /** Throws what Temporal stopped the activity with, if it did. Cheap enough for every item. */
    public void check() {
        ActivityCompletionException reason = stop;
        if (reason != null) {
            throw reason;
        }
    }

    /** Whether Temporal said stop: a failure then is the stop's doing, not the work's. */
    public boolean stopped() {
        return stop != null;
    }

    /**
     * Runs {@code action} once Temporal says stop (at once if it already has), on a heartbeat thread, unless this
     * heartbeat is closed by then. It must be quick and must not throw.
     */
    public synchronized void onStop(Runnable action) {
        if (closed) {
            return;
        }
        if (stop != null) {
            action.run();
        }
        stopActions.add(action);
    }

    /**
     * Interrupts this thread when Temporal says stop, for work that stops when interrupted (the ocds engines);
     * {@link #close()} clears an interrupt that came too late to stop anything.
     */
    public void interruptOnStop() {
        Thread thread = Thread.currentThread();
        onStop(() -> {
            interrupted = thread;
            thread.interrupt();
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        ticks.cancel(false);
        cancellation.close();
        if (interrupted == Thread.currentThread()) {
            Thread.interrupted();
        }
    }

    private void beat() {
        try {
            context.heartbeat(progress());
        } catch (ActivityCompletionException reason) {
            stop(reason);
        } catch (RuntimeException e) {
            log.debug("Heartbeat of {} not sent", context.getInfo().getActivityType(), e);
        }
    }

    private synchronized void stop(ActivityCompletionException reason) {
        if (closed || stop != null) {
            return;
        }
        stop = reason;
        ticks.cancel(false);
        for (Runnable action : stopActions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.debug("A stop action of {} failed", context.getInfo().getActivityType(), e);
            }
        }
    }
}
