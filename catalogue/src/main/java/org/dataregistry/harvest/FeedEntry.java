package org.dataregistry.harvest;

import java.time.Instant;

/**
 * A publication whose data changed, as the Atom feed announces it.
 *
 * @param country in the feed's language, else English
 * @param description the Markdown description in the feed's language, else English
 * @param jobId its active job: a new job is a new entry
 * @param ended when the active job ended
 */
record FeedEntry(long id, String title, String country, String description, long jobId, Instant ended) {

    /** {@code <country>: <title>}, or the title alone when no country is written. */
    String heading() {
        return country.isBlank() ? title : country + ": " + title;
    }
}
