package org.dataregistry.ocds.read;

/**
 * Receives what the reader reports besides releases. The methods do nothing by default.
 *
 * <p>To read strictly, throw from {@link #note}: the exception propagates out of the reader's
 * {@code next()}/{@code hasNext()}.
 */
public interface ReadListener {

    /** Something was skipped or read in a degraded way; reading goes on. */
    default void note(ReadNote note) {}

    /**
     * A release or record was skipped because it has no {@code ocid} string; by default, a {@link #note}. Those who
     * count them (to tell "no releases" from "no releases with an ocid") override this.
     */
    default void skippedWithoutOcid(ReadNote note) {
        note(note);
    }

    /** A package was read to its end; {@code metadata} includes fields that followed its releases. */
    default void packageRead(PackageMetadata metadata, long itemCount) {}
}
