package org.dataregistry.collect;

import java.net.URI;
import java.util.Optional;

/**
 * A source the app serves itself (the demo), which the collector may download from loopback without
 * {@code allowed-hosts} naming it: only the pages under its base URL, not the rest of the app.
 */
public interface OwnSource {

    /** The base URL of the source's pages, once the app listens. */
    Optional<URI> base();
}
