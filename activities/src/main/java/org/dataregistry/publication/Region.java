package org.dataregistry.publication;

/** The world region a publication belongs to (a facet of the public search). */
public enum Region {
    MEA("Africa and Middle East"),
    AS("Asia"),
    EECA("Eastern Europe & Central Asia"),
    EU("Europe"),
    LAC("Latin America & Caribbean"),
    NA("North America"),
    OC("Oceania");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
