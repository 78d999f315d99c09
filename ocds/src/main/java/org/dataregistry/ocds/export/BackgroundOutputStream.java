package org.dataregistry.ocds.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Writes to another stream on a thread of its own, in chunks of 1 MiB, at most two chunks
 * waiting: so that compressing {@code full.jsonl.gz} overlaps with compressing the year files.
 * A failure of the other stream is thrown by a later write or by {@link #close()}.
 */
final class BackgroundOutputStream extends OutputStream {

    private static final int CHUNK_SIZE = 1 << 20;

    private final OutputStream target;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ocds-export-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore waiting = new Semaphore(2);
    private byte[] buffer = new byte[CHUNK_SIZE];
    private int count;
    private volatile IOException failure;
    private boolean closed;

    BackgroundOutputStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            handOff();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == buffer.length) {
                handOff();
            }
            int n = Math.min(length, buffer.length - count);
            System.arraycopy(bytes, offset, buffer, count, n);
            count += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes everything, closes the other stream and stops the thread. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            handOff();
            writer.execute(() -> {
                try {
                    target.close();
                } catch (IOException e) {
                    failure = e;
                }
            });
        } finally {
            writer.shutdown();
            try {
                writer.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing");
            }
        }
        throwIfFailed();
    }

    private void handOff() throws IOException {
        throwIfFailed();
        if (count == 0) {
            return;
        }
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
        byte[] chunk = buffer;
        int length = count;
        buffer = new byte[CHUNK_SIZE];
        count = 0;
        writer.execute(() -> {
            try {
                if (failure == null) {
                    target.write(chunk, 0, length);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                waiting.release();
            }
        });
    }

    private void throwIfFailed() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
