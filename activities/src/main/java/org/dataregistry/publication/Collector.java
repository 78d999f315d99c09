package org.dataregistry.publication;

import org.dataregistry.job.Backend;

/**
 * How the collect task gets a publication's raw data, which also picks the backend that processes it:
 * {@link #HTTP} is the built-in backend ({@link Backend#BUILT_IN}), {@link #SCRAPYD} the Kingfisher backend
 * ({@link Backend#KINGFISHER}).
 *
 * <p>The constants keep their names because they are the values stored in the {@code publication.collector} column
 * (and shown in the audit log): renaming one would need a data migration for no change in behaviour.
 */
public enum Collector {
    /** Kingfisher Collect through Scrapyd; the spider is the publication's source ID. */
    SCRAPYD("Kingfisher Collect spider (Scrapyd)"),
    /** The built-in collector downloads the publication's source URL. */
    HTTP("Built-in download from the source URL");

    private final String label;

    Collector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
