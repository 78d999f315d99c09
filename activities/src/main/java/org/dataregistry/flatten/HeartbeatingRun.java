package org.dataregistry.flatten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.temporal.activity.ActivityExecutionContext;

/**
 * Runs work that reports no progress (the ocds flattener) on a thread of its own while the activity's thread
 * heartbeats, with the seconds elapsed, at a fixed interval.
 *
 * <p>Cancellation: Temporal tells an activity it is cancelled (or timed out, or that the worker is shutting down)
 * by throwing from a heartbeat. Then, or when the activity's thread is interrupted, the work's thread is
 * interrupted and awaited, so that the work has deleted its temporary files before the activity ends, and the
 * heartbeat's exception is thrown on, for Temporal to report. The work must stop when interrupted: the ocds
 * engines do, since their files are read and written through interruptible channels and their waits for worker
 * threads throw.
 */
final class HeartbeatingRun {

    private HeartbeatingRun() {
    }

    /**
     * Runs {@code work} and returns its result, or throws what it threw (a checked {@link IOException} as an
     * {@link UncheckedIOException}).
     */
    static <T> T run(ActivityExecutionContext context, Duration interval, String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = Thread.ofPlatform().name(threadName).daemon().start(task);
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    return task.get(interval.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    context.heartbeat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + threadName + " ran", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            if (!task.isDone()) {
                thread.interrupt();
                awaitEnd(thread);
            }
        }
    }

    /** Waits for the thread to end even if this one is interrupted meanwhile, then restores the interrupt. */
    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        return switch (failure) {
            case RuntimeException runtime -> runtime;
            case Error error -> throw error;
            case IOException io -> new UncheckedIOException(io);
            default -> new IllegalStateException(failure);
        };
    }
}
