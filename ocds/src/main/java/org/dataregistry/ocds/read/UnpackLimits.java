package org.dataregistry.ocds.read;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps on what unpacking compressed input may produce, so that a small archive can't make the reader parse
 * gigabytes (a "decompression bomb"): the bytes decompressed from one input (a file or stream given to {@link
 * OcdsReader}), the bytes decompressed from all inputs read with these limits (e.g. a job's collected files), and how
 * deeply containers may nest ({@code .gz} in {@code .zip} is 2). Bytes of plain, uncompressed input don't count.
 * Reaching a limit fails the read with an {@link OcdsReadException} caused by an {@link UnpackLimitException}.
 * Thread-safe: the total is shared by every read given these limits.
 */
public final class UnpackLimits {

    private static final UnpackLimits NONE = new UnpackLimits(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    private final long maxBytesPerInput;
    private final long maxBytesTotal;
    private final int maxNesting;
    private final AtomicLong total = new AtomicLong();

    /**
     * @param maxBytesPerInput the most bytes decompressed from one input
     * @param maxBytesTotal    the most bytes decompressed from all inputs read with these limits
     * @param maxNesting       the deepest nesting of containers (1: a {@code .gz} or {@code .zip} of JSON)
     */
    public UnpackLimits(long maxBytesPerInput, long maxBytesTotal, int maxNesting) {
        if (maxBytesPerInput < 0 || maxBytesTotal < 0 || maxNesting < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        this.maxBytesPerInput = maxBytesPerInput;
        this.maxBytesTotal = maxBytesTotal;
        this.maxNesting = maxNesting;
    }

    /** No limits (the command line's default: its user chose the input). */
    public static UnpackLimits none() {
        return NONE;
    }

    /** The bytes decompressed so far from all inputs read with these limits. */
    public long decompressedBytes() {
        return total.get();
    }

    int maxNesting() {
        return maxNesting;
    }

    /** A counter for one input. */
    Budget newInput() {
        return new Budget();
    }

    /** The bytes decompressed from one input, checked against both byte limits as they are counted. */
    final class Budget {

        private final AtomicLong input = new AtomicLong();

        void charge(long bytes) throws UnpackLimitException {
            if (input.addAndGet(bytes) > maxBytesPerInput) {
                throw new UnpackLimitException(UnpackLimitException.Limit.BYTES_PER_INPUT, maxBytesPerInput);
            }
            if (total.addAndGet(bytes) > maxBytesTotal) {
                throw new UnpackLimitException(UnpackLimitException.Limit.BYTES_TOTAL, maxBytesTotal);
            }
        }
    }
}
