package org.dataregistry.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads another stream on a thread of its own, a few chunks ahead of the consumer: so that
 * decompressing (and checking UTF-8) overlaps with parsing, which would otherwise wait for each
 * other on one core. Memory holds at most {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK_SIZE}
 * bytes.
 *
 * <p>A failure of the other stream reaches the consumer where it happened in the data, as the
 * same exception (an {@link IOException}, or an {@link UncheckedIOException}'s cause); every
 * later read throws it again. (Not commons-io's {@code ReadAheadInputStream}: it takes an
 * {@link java.io.EOFException} for the end of the stream, so a truncated gzip file, whose
 * {@link java.util.zip.GZIPInputStream} throws one, would read as complete.) {@link #close()} stops the thread, then closes the other stream.
 * One consumer thread.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK_SIZE = 256 * 1024;
    static final int CHUNKS_AHEAD = 4;

    /** How long {@link #close()} waits for a read in progress before closing the stream under it. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    private final InputStream source;
    private final BlockingQueue<Chunk> ready = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current = Chunk.EMPTY;
    private int position;

    ReadAheadInputStream(InputStream source) {
        this.source = source;
        this.reader = Thread.ofPlatform().name("ocds-read-ahead").daemon().unstarted(this::readAhead);
        reader.start();
    }

    @Override
    public int read() throws IOException {
        if (!available(1)) {
            return -1;
        }
        return current.bytes[position++] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, out.length);
        if (length == 0) {
            return 0;
        }
        if (!available(length)) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current.bytes, position, out, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        reader.interrupt();
        ready.clear();
        try {
            reader.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }

    /** Whether there is a byte to read in the current chunk, waiting for the next one if need be. */
    private boolean available(int wanted) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (position == current.length) {
            current.throwIfFailed();
            if (current.isEnd()) {
                return false;
            }
            try {
                current = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            position = 0;
        }
        return wanted > 0;
    }

    private void readAhead() {
        try {
            boolean more = true;
            while (more && !closed) {
                Chunk chunk = readChunk();
                more = chunk.length > 0 && chunk.failure == null;
                if (chunk.length > 0) {
                    ready.put(new Chunk(chunk.bytes, chunk.length, null));
                }
                if (!more) {
                    ready.put(chunk.failure != null ? new Chunk(new byte[0], 0, chunk.failure) : Chunk.END);
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /** Up to a chunk's bytes, fewer only at the end or at a failure (which comes with the bytes before it). */
    private Chunk readChunk() {
        byte[] bytes = new byte[CHUNK_SIZE];
        int length = 0;
        try {
            int read;
            while (length < CHUNK_SIZE && (read = source.read(bytes, length, CHUNK_SIZE - length)) >= 0) {
                length += read;
            }
            return new Chunk(bytes, length, null);
        } catch (IOException | RuntimeException | Error e) {
            return new Chunk(bytes, length, e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e);
        }
    }

    /**
     * Bytes read ahead; with no bytes, the end of the stream or, with a failure, where it failed.
     */
    private record Chunk(byte[] bytes, int length, Throwable failure) {

        static final Chunk EMPTY = new Chunk(new byte[0], 0, null);
        static final Chunk END = new Chunk(new byte[0], 0, null);

        boolean isEnd() {
            return this == END;
        }

        void throwIfFailed() throws IOException {
            switch (failure) {
                case null -> {}
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IOException(failure);
            }
        }
    }
}
