package org.dataregistry.ocds.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread. */
public final class Futures {

    private Futures() {}

    /**
     * The task's result, once it is done. A task's {@link RuntimeException} or {@link Error} is thrown as it was
     * thrown; another failure is wrapped in an {@link IllegalStateException}.
     *
     * @param waitingFor what the caller waits for, for the message if the wait is interrupted (the thread's interrupt
     *                   flag is then set again)
     */
    public static <T> T await(Future<T> future, String waitingFor) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + waitingFor, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
