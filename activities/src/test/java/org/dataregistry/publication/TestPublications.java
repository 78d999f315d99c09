package org.dataregistry.publication;

import org.dataregistry.translation.Translations;

/** Publications for tests: complete and translated unless a test says otherwise. */
public final class TestPublications {

    private TestPublications() {}

    /** A publication with every field the "incomplete" filter checks filled in, in English and Spanish. */
    public static Publication complete(String title) {
        Publication publication = new Publication();
        publication.setTitle(title);
        publication.setSourceId("spider_" + Math.abs(title.hashCode()));
        publication.setSourceUrl("https://example.com/" + Math.abs(title.hashCode()));
        publication.setCountry(new Translations("Portugal", "Portugal", "Португалия"));
        publication.setCountryFlag("pt.svg");
        publication.setLanguage(new Translations("Portuguese", "Portugués", ""));
        publication.setDescription(new Translations("Tenders.", "Licitaciones.", ""));
        publication.setAdditionalData(new Translations("Extensions.", "Extensiones.", ""));
        publication.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
        return publication;
    }
}
