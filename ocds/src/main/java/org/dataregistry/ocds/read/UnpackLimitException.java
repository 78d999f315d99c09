package org.dataregistry.ocds.read;

import java.io.IOException;

/**
 * Unpacking reached one of its {@link UnpackLimits}. An {@link IOException}, as it is thrown from inside a
 * decompressing stream; the reader reports it as the cause of an {@link OcdsReadException}.
 */
public final class UnpackLimitException extends IOException {

    /** Which limit was reached. */
    public enum Limit {
        /** The bytes decompressed from one input. */
        BYTES_PER_INPUT,
        /** The bytes decompressed from all inputs read with the same limits. */
        BYTES_TOTAL,
        /** How deeply containers nest. */
        NESTING,
        /** Bytes decompressed per byte of input. */
        RATIO
    }

    private final Limit limit;
    private final long value;

    UnpackLimitException(Limit limit, long value) {
        super(describe(limit, value));
        this.limit = limit;
        this.value = value;
    }

    /** Which limit was reached. */
    public Limit limit() {
        return limit;
    }

    /** The limit's value: bytes, or levels of nesting. */
    public long value() {
        return value;
    }

    private static String describe(Limit limit, long value) {
        return switch (limit) {
            case BYTES_PER_INPUT -> "more than " + bytes(value) + " of decompressed data in one file";
            case BYTES_TOTAL -> "more than " + bytes(value) + " of decompressed data in all files";
            case NESTING -> "archives nested more than " + value + " deep";
            case RATIO -> "decompressed more than " + value + " times its compressed size (a decompression bomb?)";
        };
    }

    /** {@code bytes} in words: "2 GB", "512 MB", "1500 bytes". */
    static String bytes(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int unit = 0;
        long value = bytes;
        while (unit < units.length - 1 && value >= 1024 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + " " + units[unit];
    }
}
