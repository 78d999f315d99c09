package org.dataregistry.ocds.read;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps on what unpacking compressed input may produce, so that a small archive can't make the reader parse
 * gigabytes (a "decompression bomb"): the bytes decompressed from one input (a file or stream given to {@link
 * OcdsReader}), the bytes decompressed from all inputs read with these limits (e.g. a job's collected files), and how
 * deeply containers may nest ({@code .gz} in {@code .zip} is 2), and the compression ratio (bytes decompressed per
 * byte of input) once an input has produced {@value #RATIO_FLOOR} bytes: JSON compresses some ten to fifty times, a
 * bomb hundreds or thousands of times. Bytes of plain, uncompressed input don't count.
 * Reaching a limit fails the read with an {@link OcdsReadException} caused by an {@link UnpackLimitException}.
 * Thread-safe: the total is shared by every read given these limits.
 */
public final class UnpackLimits {

    /** Decompressed bytes of an input below which its compression ratio isn't checked. */
    public static final long RATIO_FLOOR = 16L * 1024 * 1024;

    private static final UnpackLimits NONE = new UnpackLimits(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    private final long maxBytesPerInput;
    private final long maxBytesTotal;
    private final int maxNesting;
    private final long maxRatio;
    private final AtomicLong total = new AtomicLong();

    /** Limits without a ratio limit. */
    public UnpackLimits(long maxBytesPerInput, long maxBytesTotal, int maxNesting) {
        this(maxBytesPerInput, maxBytesTotal, maxNesting, Long.MAX_VALUE);
    }

    /**
     * @param maxBytesPerInput the most bytes decompressed from one input
     * @param maxBytesTotal    the most bytes decompressed from all inputs read with these limits
     * @param maxNesting       the deepest nesting of containers (1: a {@code .gz} or {@code .zip} of JSON)
     * @param maxRatio         the most bytes decompressed per byte of input, once past {@link #RATIO_FLOOR}
     */
    public UnpackLimits(long maxBytesPerInput, long maxBytesTotal, int maxNesting, long maxRatio) {
        if (maxBytesPerInput < 0 || maxBytesTotal < 0 || maxNesting < 0 || maxRatio < 1) {
            throw new IllegalArgumentException("limits must not be negative, nor the ratio below 1");
        }
        this.maxBytesPerInput = maxBytesPerInput;
        this.maxBytesTotal = maxBytesTotal;
        this.maxNesting = maxNesting;
        this.maxRatio = maxRatio;
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

    /**
     * The bytes read from one input and decompressed from it, checked against the limits as they are counted.
     */
    final class Budget {

        private final AtomicLong read = new AtomicLong();
        private final AtomicLong input = new AtomicLong();

        void read(long bytes) {
            read.addAndGet(bytes);
        }

        void charge(long bytes) throws UnpackLimitException {
            long decompressed = input.addAndGet(bytes);
            if (decompressed > maxBytesPerInput) {
                throw new UnpackLimitException(UnpackLimitException.Limit.BYTES_PER_INPUT, maxBytesPerInput);
            }
            if (decompressed > RATIO_FLOOR && decompressed / Math.max(1, read.get()) > maxRatio) {
                throw new UnpackLimitException(UnpackLimitException.Limit.RATIO, maxRatio);
            }
            if (total.addAndGet(bytes) > maxBytesTotal) {
                throw new UnpackLimitException(UnpackLimitException.Limit.BYTES_TOTAL, maxBytesTotal);
            }
        }
    }
}
