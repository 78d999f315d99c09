package org.dataregistry.ocds.compress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A raw deflate stream (RFC 1951) compressed on worker threads, as pigz does: the input is cut
 * into blocks, each compressed on its own with the 32 KiB before it as dictionary and ended with
 * a sync flush (the last one finished), and the compressed blocks are written in order. The
 * result is one ordinary deflate stream, a few bytes per block larger than a single deflater's
 * (matches never reach across more than one block boundary's 32 KiB window, which deflate
 * cannot exceed anyway); it depends only on the input, the level and the block size, not on
 * the threads' timing.
 *
 * <p>The writing thread cuts the blocks, computes the CRC-32 of the input and writes the
 * compressed blocks; at most {@code maxInFlight} blocks wait for the workers, so memory stays
 * bounded. {@link #finish()} ends the stream without closing the underlying one. Not
 * thread-safe: one writer.
 */
public final class ParallelDeflateOutputStream extends OutputStream {

    /** The block size used unless another is given. */
    public static final int DEFAULT_BLOCK_SIZE = 256 * 1024;

    private static final int WINDOW = 32 * 1024;

    private final OutputStream out;
    private final int level;
    private final ExecutorService workers;
    private final int blockSize;
    private final int maxInFlight;
    private final Deque<Future<Block>> inFlight = new ArrayDeque<>();
    private final Deque<Block> free = new ArrayDeque<>();
    private final Deque<Deflater> deflaters = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private Block current;
    private byte[] dictionary;
    private long bytesIn;
    private long bytesOut;
    private boolean finished;

    /**
     * @param out         where the compressed bytes go (not closed by {@link #finish()})
     * @param level       the deflate level, 0 to 9, or -1 for the default (6)
     * @param workers     the threads that compress; shared with other streams if wished
     * @param threads     how many of them this stream may keep busy (sets how many blocks wait)
     */
    public ParallelDeflateOutputStream(OutputStream out, int level, ExecutorService workers, int threads) {
        this(out, level, workers, threads, DEFAULT_BLOCK_SIZE);
    }

    /** As above, with blocks of {@code blockSize} bytes (at least 32 KiB). */
    public ParallelDeflateOutputStream(
            OutputStream out, int level, ExecutorService workers, int threads, int blockSize) {
        if (blockSize < WINDOW) {
            throw new IllegalArgumentException("blocks must hold at least the 32 KiB window: " + blockSize);
        }
        this.out = out;
        this.level = level;
        this.workers = workers;
        this.blockSize = blockSize;
        this.maxInFlight = 2 * Math.max(1, threads) + 1;
        this.current = new Block(blockSize);
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        if (current.length == blockSize) {
            submit(false);
        }
        current.input[current.length++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ensureOpen();
        while (length > 0) {
            if (current.length == blockSize) {
                submit(false);
            }
            int n = Math.min(length, blockSize - current.length);
            System.arraycopy(bytes, offset, current.input, current.length, n);
            current.length += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes the last block and every compressed block; the underlying stream stays open. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        submit(true);
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
        finished = true;
        for (Deflater deflater : deflaters) {
            deflater.end();
        }
        deflaters.clear();
        free.clear();
    }

    /** The CRC-32 of the input written so far. */
    public long crc() {
        return crc.getValue();
    }

    /** The bytes written into this stream. */
    public long bytesIn() {
        return bytesIn;
    }

    /** The compressed bytes written out (all of them after {@link #finish()}). */
    public long bytesOut() {
        return bytesOut;
    }

    /** Finishes the stream, then closes the underlying one. */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (finished) {
            throw new IOException("the deflate stream is finished");
        }
    }

    /** Hands the current block to the workers and starts the next one. */
    private void submit(boolean last) throws IOException {
        Block block = current;
        crc.update(block.input, 0, block.length);
        bytesIn += block.length;
        byte[] preset = dictionary;
        if (!last) {
            dictionary = Arrays.copyOfRange(block.input, block.length - WINDOW, block.length);
        }
        Deflater deflater = deflaters.isEmpty() ? new Deflater(level, true) : deflaters.poll();
        inFlight.add(workers.submit(() -> block.compress(deflater, preset, last)));
        while (inFlight.size() >= maxInFlight
                || !inFlight.isEmpty() && inFlight.peek().isDone()) {
            writeOldest();
        }
        current = last ? null : free.isEmpty() ? new Block(blockSize) : free.poll();
    }

    private void writeOldest() throws IOException {
        Block block;
        try {
            block = inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            throw new IOException("cannot compress: " + e.getCause(), e.getCause());
        }
        out.write(block.output, 0, block.outputLength);
        bytesOut += block.outputLength;
        deflaters.add(block.deflater);
        block.deflater = null;
        block.length = 0;
        block.outputLength = 0;
        free.add(block);
    }

    /** One block: its input and, once compressed, its output. */
    private static final class Block {

        private final byte[] input;
        private int length;
        private byte[] output;
        private int outputLength;
        private Deflater deflater;

        Block(int size) {
            this.input = new byte[size];
            this.output = new byte[size / 2];
        }

        /** Compresses the input (on a worker), ending with a sync flush, or finishing the stream if last. */
        Block compress(Deflater deflater, byte[] preset, boolean last) {
            this.deflater = deflater;
            deflater.reset();
            if (preset != null) {
                deflater.setDictionary(preset);
            }
            deflater.setInput(input, 0, length);
            if (last) {
                deflater.finish();
            }
            int mode = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
            while (true) {
                if (outputLength == output.length) {
                    output = Arrays.copyOf(output, output.length * 2);
                }
                int space = output.length - outputLength;
                int n = deflater.deflate(output, outputLength, space, mode);
                outputLength += n;
                boolean done = last ? deflater.finished() : n < space;
                if (done) {
                    return this;
                }
            }
        }
    }
}
