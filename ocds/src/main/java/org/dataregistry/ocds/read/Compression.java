package org.dataregistry.ocds.read;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * How a stream of data is packed, told by its first bytes: names and Content-Type headers are often wrong. The one
 * place that knows the magic numbers, for the readers here and for the collector that stores what sources send.
 */
public enum Compression {
    /** A gzip stream (RFC 1952: {@code 1F 8B}). */
    GZIP,
    /** A zip archive: a local file header ({@code PK 03 04}), or the end record alone of an empty archive. */
    ZIP,
    /** Neither: the bytes are the content itself. */
    NONE;

    /** How many first bytes {@link #of} looks at. */
    public static final int MAGIC_LENGTH = 4;

    /** How content whose first {@code length} bytes are {@code head} is packed. */
    public static Compression of(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        if (length >= 4
                && head[0] == 'P'
                && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
            return ZIP;
        }
        return NONE;
    }

    /** How a buffered stream is packed, leaving its position where it was. */
    public static Compression of(BufferedInputStream in) throws IOException {
        in.mark(MAGIC_LENGTH);
        byte[] head = in.readNBytes(MAGIC_LENGTH);
        in.reset();
        return of(head, head.length);
    }
}
