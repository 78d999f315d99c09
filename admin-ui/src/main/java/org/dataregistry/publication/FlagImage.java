package org.dataregistry.publication;

import com.vaadin.flow.component.html.Image;

/** A small country flag, as lists and pickers show it next to a country's name. */
class FlagImage extends Image {

    FlagImage(String fileName) {
        setHeight("0.9em");
        getStyle().set("vertical-align", "baseline").set("margin-inline-end", "var(--lumo-space-xs)");
        show(fileName);
    }

    /** Shows the flag of this file name; hides the image when there is none. */
    void show(String fileName) {
        boolean given = fileName != null && !fileName.isBlank();
        setSrc(given ? CountryFlags.url(fileName) : "");
        setAlt(given ? fileName : "");
        setVisible(given);
    }
}
