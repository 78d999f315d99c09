package org.dataregistry.site;

import org.springframework.http.HttpStatus;

/**
 * A public request that cannot be answered with what was asked for: answered with {@code status} and a short page,
 * in the page's language, saying the message {@code messageKey}.
 */
public class PageException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public PageException(HttpStatus status, String messageKey) {
        super(status + " " + messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    /** 404: no such publication or file, or not one the visitor may see. */
    public static PageException notFound(String messageKey) {
        return new PageException(HttpStatus.NOT_FOUND, messageKey);
    }

    /** 400: a parameter that can never be right. */
    public static PageException badRequest(String messageKey) {
        return new PageException(HttpStatus.BAD_REQUEST, messageKey);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
