package org.dataregistry.ocds.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of bytes that the reader runs over every byte of its input, eight bytes at a time (as one
 * {@code long}) where the answer for all eight is the same.
 */
final class ByteScans {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private ByteScans() {}

    /** The first byte of {@code bytes[from, end)} that is not ASCII, or {@code end} if there is none. */
    static int asciiRunEnd(byte[] bytes, int from, int end) {
        int at = from;
        // Eight bytes at a time while none has its high bit set.
        while (at + Long.BYTES <= end && ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0) {
            at += Long.BYTES;
        }
        while (at < end && bytes[at] >= 0) {
            at++;
        }
        return at;
    }

    /**
     * The line breaks in {@code bytes[0, length)} as the JSON parser counts them: {@code \n},
     * {@code \r\n} and a lone {@code \r}. Words of eight bytes without {@code \r} are counted at once.
     */
    static long lineBreaks(byte[] bytes, int length) {
        long count = 0;
        int at = 0;
        for (; at + Long.BYTES <= length; at += Long.BYTES) {
            long word = (long) LONGS.get(bytes, at);
            if (zeroBytes(word ^ CARRIAGE_RETURNS) == 0) {
                count += Long.bitCount(zeroBytes(word ^ LINE_FEEDS));
            } else {
                count += lineBreaks(bytes, length, at, at + Long.BYTES);
            }
        }
        return count + lineBreaks(bytes, length, at, length);
    }

    private static long lineBreaks(byte[] bytes, int length, int from, int to) {
        long count = 0;
        for (int index = from; index < to; index++) {
            byte b = bytes[index];
            if (b == '\n' || b == '\r' && (index + 1 == length || bytes[index + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }

    /** The high bit of each byte of {@code word} that is zero. */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word | LOW_SEVEN_BITS);
    }
}
