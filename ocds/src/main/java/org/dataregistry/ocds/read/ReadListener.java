package org.dataregistry.ocds.read;

/**
 * Receives what the reader reports besides releases. Both methods do nothing by default.
 *
 * <p>To read strictly, throw from {@link #note}: the exception propagates out of the reader's
 * {@code next()}/{@code hasNext()}.
 */
public interface ReadListener {

    /** Something was skipped or read in a degraded way; reading goes on. */
    default void note(ReadNote note) {
    }

    /** A package was read to its end; {@code metadata} includes fields that followed its releases. */
    default void packageRead(PackageMetadata metadata, long itemCount) {
    }
}
