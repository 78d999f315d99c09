package org.dataregistry.ocds.read;

import java.util.Arrays;

/**
 * The bytes under a byte parser, kept so that the text of a value can be copied out once the
 * parser (which reads ahead of the token it is at) has passed it. Offsets count from the first
 * byte the parser read.
 */
interface RetainedBytes {

    /** Forgets the bytes before {@code offset}, which will not be copied again. */
    void discardBefore(long offset);

    /**
     * The bytes from {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @throws IllegalStateException if they were discarded or not read yet
     */
    byte[] copy(long start, long end);

    /** The first {@code length} bytes of {@code bytes}, all in memory already. */
    static RetainedBytes of(byte[] bytes, int length) {
        return new RetainedBytes() {
            @Override
            public void discardBefore(long offset) {}

            @Override
            public byte[] copy(long start, long end) {
                if (start < 0 || end > length || start > end) {
                    throw new IllegalStateException("bytes " + start + " to " + end + " are not in 0 to " + length);
                }
                return Arrays.copyOfRange(bytes, (int) start, (int) end);
            }
        };
    }
}
