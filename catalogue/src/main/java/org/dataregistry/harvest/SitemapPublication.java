package org.dataregistry.harvest;

import java.time.Instant;

/** A visible publication's page in the sitemap, and when the publication last changed. */
record SitemapPublication(long id, Instant modified) {}
