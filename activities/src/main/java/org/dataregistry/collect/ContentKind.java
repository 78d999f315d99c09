package org.dataregistry.collect;

import java.util.Optional;
import org.dataregistry.ocds.read.Compression;

/** What a downloaded response holds, told by its first bytes (names and Content-Type headers are often wrong). */
enum ContentKind {
    /** A JSON document or JSON Lines: the first character after any byte order mark and white space opens one. */
    JSON(".json"),
    GZIP(".json.gz"),
    ZIP(".zip");

    /** How many bytes {@link #of} needs at most. */
    static final int SNIFF_LENGTH = 1024;

    private final String extension;

    ContentKind(String extension) {
        this.extension = extension;
    }

    /** The file name extension pages of this kind are stored with. */
    String extension() {
        return extension;
    }

    /** What content starting with {@code head} is; empty when it is none of these. */
    static Optional<ContentKind> of(byte[] head, int length) {
        return switch (Compression.of(head, length)) {
            case GZIP -> Optional.of(GZIP);
            case ZIP -> Optional.of(ZIP);
            case NONE -> json(head, length);
        };
    }

    private static Optional<ContentKind> json(byte[] head, int length) {
        int start =
                length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < length; i++) {
            switch (head[i]) {
                case ' ', '\t', '\r', '\n' -> {
                    // White space before the JSON.
                }
                case '{', '[' -> {
                    return Optional.of(JSON);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
