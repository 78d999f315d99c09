package org.dataregistry.ocds.read;

/** Pulls release items out of one JSON text. */
interface ItemSource extends AutoCloseable {

    /** The next item, or {@code null} at the end of the text. */
    ReleaseItem next();

    /** Where reading is, for errors. */
    SourcePosition position();

    /** Releases what reading holds (parsers, threads). */
    @Override
    void close();
}
