package org.dataregistry.job;

/**
 * Which systems collect and process a publication's data. A publication's collector picks it: the stored collector
 * {@code HTTP} means {@link #BUILT_IN}, {@code SCRAPYD} means {@link #KINGFISHER}.
 */
public enum Backend {
    /** The registry itself: download the source URL, process into its own store (the embedded default). */
    BUILT_IN,
    /** Kingfisher Collect through Scrapyd, then Kingfisher Process (production at OCP scale). */
    KINGFISHER
}
