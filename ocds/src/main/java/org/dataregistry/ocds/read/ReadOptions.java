package org.dataregistry.ocds.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read input.
 *
 * @param charset  the charset to decode with, strictly (invalid bytes are an error); {@code null}
 *                 (the default) decodes UTF-8 and reads bytes that are not valid UTF-8 as
 *                 ISO-8859-1, with a note
 * @param listener receives notes and complete package metadata
 * @param limits   what unpacking compressed input may produce
 */
public record ReadOptions(Charset charset, ReadListener listener, UnpackLimits limits) {

    public ReadOptions {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(limits, "limits");
    }

    /** UTF-8 with ISO-8859-1 fallback, notes ignored, no unpack limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, new ReadListener() {}, UnpackLimits.none());
    }

    /** These options, decoding strictly with {@code charset}. */
    public ReadOptions withCharset(Charset charset) {
        return new ReadOptions(charset, listener, limits);
    }

    /** These options, reporting to {@code listener}. */
    public ReadOptions withListener(ReadListener listener) {
        return new ReadOptions(charset, listener, limits);
    }

    /** These options, unpacking within {@code limits}. */
    public ReadOptions withLimits(UnpackLimits limits) {
        return new ReadOptions(charset, listener, limits);
    }
}
