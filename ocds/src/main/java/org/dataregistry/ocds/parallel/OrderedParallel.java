package org.dataregistry.ocds.parallel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a sequence on worker threads and gives the results in input order, with a bounded number
 * of items in flight (so memory stays bounded however long the sequence). The input is read on
 * the consuming thread, as results are asked for.
 *
 * <p>A failure of the function is thrown from {@code next()} as it was thrown (a checked
 * exception wrapped in a {@link RuntimeException}), in input order. Close the iterator to stop
 * the workers. Not thread-safe: one consumer.
 *
 * @param <R> the result type
 */
public final class OrderedParallel<R> implements Iterator<R>, AutoCloseable {

    private final ExecutorService workers;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();
    private final int maxInFlight;
    private final Runnable fill;

    private <T> OrderedParallel(Iterator<T> input, Function<T, R> function, int threads, int maxInFlight) {
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ocds-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.maxInFlight = maxInFlight;
        this.fill = () -> {
            while (inFlight.size() < this.maxInFlight && input.hasNext()) {
                T item = input.next();
                inFlight.add(workers.submit(() -> function.apply(item)));
            }
        };
    }

    /**
     * Maps {@code input} with {@code function} on {@code threads} workers, at most
     * {@code 4 × threads} items in flight.
     */
    public static <T, R> OrderedParallel<R> map(Iterator<T> input, Function<T, R> function, int threads) {
        return new OrderedParallel<>(input, function, threads, 4 * threads);
    }

    /** The number of workers to use: the available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public boolean hasNext() {
        fill.run();
        return !inFlight.isEmpty();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        R value = Futures.await(inFlight.poll(), "a worker");
        fill.run();
        return value;
    }

    /** Stops the workers. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
