package org.dataregistry.ocds.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read through it from an offset on, so that the text of a JSON value can be
 * copied out once a parser (which reads ahead of the token it is at) has passed it: the parser
 * reports the value's start and end offsets, {@link #copy} gives its bytes. The owner advances
 * the offset with {@link #discardBefore} as values are done with, which bounds memory by the
 * largest value in between.
 */
final class RetainingInputStream extends FilterInputStream implements RetainedBytes {

    /** For {@link #read()}. */
    private final byte[] one = new byte[1];

    private byte[] buffer = new byte[64 * 1024];
    /** Where the retained bytes start in {@code buffer}: discarded bytes are moved out only when room is needed. */
    private int start;

    private int retainedLength;
    /** The offset in the stream of {@code buffer[start]}. */
    private long retainedFrom;

    RetainingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        int read = in.read(out, offset, length);
        if (read > 0) {
            ensureRoom(read);
            System.arraycopy(out, offset, buffer, start + retainedLength, read);
            retainedLength += read;
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        byte[] skipped = new byte[(int) Math.min(count, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    /** Forgets the bytes before {@code offset} (an offset already read, or the next one). */
    @Override
    public void discardBefore(long offset) {
        int drop = (int) Math.min(retainedLength, Math.max(0, offset - retainedFrom));
        retainedFrom += drop;
        retainedLength -= drop;
        start += drop;
    }

    @Override
    public byte[] copy(long start, long end) {
        if (start < retainedFrom || end > retainedFrom + retainedLength || start > end) {
            throw new IllegalStateException("bytes " + start + " to " + end + " are not retained (" + retainedFrom
                    + " to " + (retainedFrom + retainedLength) + ")");
        }
        int from = this.start + (int) (start - retainedFrom);
        return Arrays.copyOfRange(buffer, from, from + (int) (end - start));
    }

    private void ensureRoom(int more) {
        if (start + retainedLength + more <= buffer.length) {
            return;
        }
        if (retainedLength + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, start + retainedLength + more));
        }
        System.arraycopy(buffer, start, buffer, 0, retainedLength);
        start = 0;
    }
}
