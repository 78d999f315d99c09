package org.dataregistry.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Passes valid UTF-8 through unchanged, re-encodes each byte that is not part of a valid UTF-8
 * sequence as the UTF-8 of the ISO-8859-1 character of the same value, and drops a leading byte
 * order mark: so that a byte-oriented JSON parser (faster than decoding to characters first)
 * always sees valid UTF-8.
 *
 * <p>Why: OCDS is UTF-8, but some publishers serve ISO-8859-1 without saying so. Valid UTF-8 is
 * kept exactly; ISO-8859-1 text (whose accented letters are never valid UTF-8 sequences in
 * ordinary text) reads as ISO-8859-1; nothing is lost or replaced by U+FFFD. What is valid
 * follows the Unicode standard (no overlong forms, surrogates or code points above U+10FFFF).
 * The offset of the first invalid byte is kept so that the reader can report it.
 */
final class Utf8OrLatin1Stream extends InputStream {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    /** For {@link #read()}. */
    private final byte[] one = new byte[1];

    private int position;
    private int limit;
    private long bytesBeforeBuffer;
    private long firstInvalidByteOffset = -1;
    private boolean endOfInput;
    private boolean started;
    /** Output bytes the caller's buffer had no room for: the rest of a sequence or of a re-encoded byte. */
    private final byte[] pending = new byte[4];

    private int pendingStart;
    private int pendingEnd;

    Utf8OrLatin1Stream(InputStream in) {
        this.in = in;
    }

    /** The offset of the first byte that was not valid UTF-8, or -1 if all were valid so far. */
    long firstInvalidByteOffset() {
        return firstInvalidByteOffset;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, out.length);
        if (length == 0) {
            return 0;
        }
        int written = Math.min(length, pendingEnd - pendingStart);
        System.arraycopy(pending, pendingStart, out, offset, written);
        pendingStart += written;
        while (written < length) {
            // A whole sequence (at most 4 bytes) must be in the buffer to be judged, unless the input has ended.
            if (limit - position < 4 && !endOfInput) {
                if (written > 0) {
                    break;
                }
                fill();
                continue;
            }
            if (position == limit) {
                break;
            }
            int b = buffer[position] & 0xFF;
            if (b < 0x80) {
                // ASCII, by far the most common: copy the run at once.
                int end = Math.min(limit, position + length - written);
                int run = ByteScans.asciiRunEnd(buffer, position, end);
                System.arraycopy(buffer, position, out, offset + written, run - position);
                written += run - position;
                position = run;
                continue;
            }
            int sequence = validSequenceLength(b);
            if (sequence > 0) {
                System.arraycopy(buffer, position, pending, 0, sequence);
                position += sequence;
            } else {
                if (firstInvalidByteOffset < 0) {
                    firstInvalidByteOffset = bytesBeforeBuffer + position;
                }
                position++;
                pending[0] = (byte) (0xC0 | b >> 6);
                pending[1] = (byte) (0x80 | b & 0x3F);
                sequence = 2;
            }
            int fits = Math.min(sequence, length - written);
            System.arraycopy(pending, 0, out, offset + written, fits);
            written += fits;
            pendingStart = fits;
            pendingEnd = sequence;
        }
        return written == 0 && position == limit && endOfInput ? -1 : written;
    }

    /** The length of the valid UTF-8 sequence that starts with {@code lead} at the position, or 0 if none. */
    private int validSequenceLength(int lead) {
        int available = limit - position;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return available >= 2 && continuation(1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return available >= 3 && continuation(1, low, high) && continuation(2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return available >= 4
                            && continuation(1, low, high)
                            && continuation(2, 0x80, 0xBF)
                            && continuation(3, 0x80, 0xBF)
                    ? 4
                    : 0;
        }
        return 0;
    }

    private boolean continuation(int at, int low, int high) {
        int b = buffer[position + at] & 0xFF;
        return b >= low && b <= high;
    }

    /** Keeps the unread bytes, reads more after them, and drops a byte order mark at the very start. */
    private void fill() throws IOException {
        int unread = limit - position;
        System.arraycopy(buffer, position, buffer, 0, unread);
        bytesBeforeBuffer += position;
        position = 0;
        limit = unread;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
        if (!started && (limit >= 3 || endOfInput)) {
            started = true;
            if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
