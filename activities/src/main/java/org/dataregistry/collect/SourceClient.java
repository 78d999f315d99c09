package org.dataregistry.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.validation.HttpUrlValidator;

/**
 * Opens the pages of a publication's source: a GET that follows redirects itself, over http(s) only and no more than
 * {@code max-redirects} of them, and sorts what goes wrong into temporary and permanent failures.
 */
final class SourceClient {

    private final HttpTransport http;
    private final int maxRedirects;

    SourceClient(DownloadProperties properties) {
        this.http = new HttpTransport(properties.userAgent(), properties.connectTimeout(),
                properties.responseTimeout(), properties.readTimeout());
        this.maxRedirects = properties.maxRedirects();
    }

    /**
     * The successful (2xx) response to a GET of {@code url}, its {@code uri} the URL it came from after redirects.
     *
     * @param whileWaiting run every second while the server prepares its answer (a heartbeat)
     * @throws ApplicationFailure non-retryable {@link FailureTypes#SOURCE_REFUSED}: an HTTP 4xx other than 408 and
     *     429, a redirect without a usable http(s) location, or too many redirects
     * @throws HttpStatusException HTTP 408, 429 or 5xx: temporary
     * @throws IOException the connection failed or timed out: temporary
     */
    HttpTransport.Response open(URI url, Runnable whileWaiting) throws IOException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpTransport.Response response = http.send(HttpRequest.newBuilder(current).GET(), whileWaiting);
            if (response.successful()) {
                return response;
            }
            response.close();
            Optional<String> location = response.headers().firstValue("Location");
            if (isRedirect(response.status()) && location.isPresent()) {
                if (redirects == maxRedirects) {
                    throw refused("More than " + maxRedirects + " redirects from " + url);
                }
                current = httpUrl(resolve(current, location.get()), "The redirect from " + current);
                continue;
            }
            HttpStatusException error = response.error();
            if (isTemporary(response.status())) {
                throw error;
            }
            throw refused(error.getMessage());
        }
    }

    /**
     * {@code url} as a URI, if it is an absolute http(s) URL.
     *
     * @param what what the URL is, for the message, e.g. {@code The source URL}
     * @throws ApplicationFailure non-retryable {@link FailureTypes#SOURCE_REFUSED} when it is not
     */
    static URI httpUrl(String url, String what) {
        if (url == null || !HttpUrlValidator.isHttpUrl(url)) {
            throw refused(what + " is not an http(s) URL: " + url);
        }
        return URI.create(url).normalize();
    }

    static ApplicationFailure refused(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, FailureTypes.SOURCE_REFUSED);
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw refused("The redirect from " + base + " has an invalid location: " + location);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isTemporary(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
