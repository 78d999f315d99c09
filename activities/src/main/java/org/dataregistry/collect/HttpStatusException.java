package org.dataregistry.collect;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A server answered with an HTTP status the caller did not want. */
class HttpStatusException extends IOException {

    private final int status;
    private final transient Duration retryAfter;

    HttpStatusException(int status, URI uri, Duration retryAfter) {
        super("HTTP " + status + " from " + uri
                + (retryAfter == null ? "" : " (Retry-After: " + retryAfter.toSeconds() + " s)"));
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** How long the server asked to wait before trying again, if it did. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
