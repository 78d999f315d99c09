package org.dataregistry.job;

/** Which systems collect and process a publication's data. */
public enum Backend {
    /** The registry itself: download the source URL, process into its own store (the embedded default). */
    BUILT_IN,
    /** Kingfisher Collect through Scrapyd, then Kingfisher Process (production at OCP scale). */
    KINGFISHER
}
