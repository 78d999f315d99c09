package org.dataregistry.publication;

import java.time.LocalDate;
import org.dataregistry.job.JobSummary;

/** A row of the publications list. */
public record PublicationSummary(
        long id,
        String title,
        String country,
        String countryFlag,
        boolean published,
        boolean frozen,
        RetrievalFrequency retrievalFrequency,
        JobSummary activeJob,
        LocalDate lastReviewed) {

    /** The original's label, {@code "<title> (<id>)"}. */
    public String label() {
        return title + " (" + id + ")";
    }
}
