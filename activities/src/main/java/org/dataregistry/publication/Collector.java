package org.dataregistry.publication;

/** How the collect task gets a publication's raw data. */
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
