package org.dataregistry.ocds.read;

/**
 * Something in the input that the reader skipped or read in a degraded way, without stopping:
 * a value that is not a release, a release or record without an {@code ocid}, an empty package,
 * bytes that are not UTF-8.
 *
 * @param position where it was found
 * @param message  what was found and what the reader did about it
 */
public record ReadNote(SourcePosition position, String message) {

    /** {@code position: message}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
