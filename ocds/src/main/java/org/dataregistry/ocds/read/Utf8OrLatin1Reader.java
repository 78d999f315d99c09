package org.dataregistry.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, reading each byte that is not part of a valid UTF-8 sequence as the ISO-8859-1
 * character of the same value, and skips a leading byte order mark.
 *
 * <p>Why: OCDS is UTF-8, but some publishers serve ISO-8859-1 without saying so. Valid UTF-8 is
 * decoded exactly; ISO-8859-1 text (whose accented letters are never valid UTF-8 sequences in
 * ordinary text) is decoded as ISO-8859-1; nothing is lost or replaced by U+FFFD. The offset of the
 * first such byte is kept so that the reader can report it.
 */
final class Utf8OrLatin1Reader extends Reader {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private long bytesBeforeBuffer;
    private long firstInvalidByteOffset = -1;
    private boolean endOfInput;
    private boolean started;

    Utf8OrLatin1Reader(InputStream in) {
        this.in = in;
    }

    /** The offset of the first byte that was not valid UTF-8, or -1 if all were valid so far. */
    long firstInvalidByteOffset() {
        return firstInvalidByteOffset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        if (!started) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                return read(buffer, offset, length);
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        return count;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                readAsLatin1(result.length());
            } else if (result.isOverflow() || endOfInput) {
                break;
            } else {
                readMoreBytes();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readAsLatin1(int invalidBytes) {
        if (firstInvalidByteOffset < 0) {
            firstInvalidByteOffset = bytesBeforeBuffer + bytes.position();
        }
        for (int i = 0; i < invalidBytes && chars.hasRemaining(); i++) {
            chars.put((char) (bytes.get() & 0xFF));
        }
    }

    private void readMoreBytes() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
