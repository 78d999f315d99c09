package org.dataregistry.collect;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.url.HttpUrlValidator;

/**
 * Opens the pages of a publication's source: a GET that follows redirects itself, over http(s) only and no more than
 * {@code max-redirects} of them, and sorts what goes wrong into temporary and permanent failures.
 */
final class SourceClient {

    private final HttpTransport http;
    private final int maxRedirects;

    SourceClient(DownloadProperties properties) {
        this.http = new HttpTransport(
                properties.userAgent(),
                properties.connectTimeout(),
                properties.responseTimeout(),
                properties.readTimeout(),
                SourceAddresses.allowing(properties.allowedHosts()));
        this.maxRedirects = properties.maxRedirects();
    }

    /**
     * The successful (2xx) response to a GET of {@code url}, its {@code uri} the URL it came from after redirects.
     *
     * @param whileWaiting run every second while the server prepares its answer (a heartbeat)
     * @param ownSource the app's own demo source, whose pages may be on loopback, or empty
     * @throws ApplicationFailure non-retryable {@link FailureTypes#SOURCE_REFUSED}: an HTTP 4xx other than 408 and
     *     429, a redirect without a usable http(s) location, too many redirects, or a URL (the first or one a redirect
     *     leads to) whose host is at an internal address not allowed (refused before connecting)
     * @throws HttpStatusException HTTP 408, 429 or 5xx: temporary
     * @throws IOException the connection failed or timed out: temporary
     */
    HttpTransport.Response open(URI url, Runnable whileWaiting, Optional<URI> ownSource) throws IOException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpTransport.Response response;
            URI requested = current;
            try {
                response = ownSource.filter(own -> isUnder(own, requested)).isPresent()
                        ? http.send(new HttpGet(requested), whileWaiting, SourceAddresses.ANY)
                        : http.send(new HttpGet(requested), whileWaiting);
            } catch (SourceAddresses.RefusedAddressException e) {
                throw refused("Refused to connect to " + current + ": " + e.getMessage());
            }
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

    /** Whether {@code url} is {@code base} or a page under it (same scheme, host, port and path prefix). */
    private static boolean isUnder(URI base, URI url) {
        return base.getScheme().equalsIgnoreCase(url.getScheme())
                && base.getHost().equalsIgnoreCase(url.getHost())
                && base.getPort() == url.getPort()
                && url.getRawUserInfo() == null
                && url.normalize().getRawPath().startsWith(base.getRawPath());
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
