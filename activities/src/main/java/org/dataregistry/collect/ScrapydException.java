package org.dataregistry.collect;

/** Scrapyd answered, but with {@code "status": "error"} or with something that is not its JSON: retrying won't help. */
class ScrapydException extends Exception {

    ScrapydException(String message) {
        super(message);
    }
}
