package org.dataregistry.collect;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.dataregistry.security.Secrets;
import org.dataregistry.url.HttpUrlValidator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Kingfisher Collect runs.
 *
 * @param url Scrapyd's base URL, with or without a trailing slash, with credentials if Scrapyd asks for them
 *     ({@code http://user:password@host:6800/}); blank when the registry uses no Scrapyd
 * @param project the Scrapyd project of Kingfisher Collect's spiders
 * @param filesStore Kingfisher Collect's {@code FILES_STORE} as this machine sees it, for wiping crawls; blank when
 *     it is not reachable from here
 */
@ConfigurationProperties("data-registry.scrapyd")
public record ScrapydProperties(
        String url, @DefaultValue("kingfisher") String project, String filesStore) {

    /** Whether publications can be collected through Scrapyd: its URL and project are set. */
    public boolean configured() {
        return missingSetting().isEmpty();
    }

    /** Why Scrapyd cannot be used, in the original's words, or empty when it can. */
    Optional<String> missingSetting() {
        if (url == null || url.isBlank()) {
            return Optional.of("SCRAPYD_URL is not set");
        }
        if (!HttpUrlValidator.isHttpUrl(url.strip())) {
            return Optional.of("SCRAPYD_URL is not an http(s) URL: " + Secrets.mask(url));
        }
        if (project == null || project.isBlank()) {
            return Optional.of("SCRAPYD_PROJECT is not set");
        }
        return Optional.empty();
    }

    /**
     * The URL of {@code relative} under Scrapyd's base URL, without the base URL's credentials (URLs end up in job
     * contexts and workflow histories). The original registry joins them like a browser, so that a base URL with a
     * path needed a trailing slash; here both forms work.
     */
    URI endpoint(String relative) {
        URI endpoint = base().resolve(relative);
        return URI.create(endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort()) + endpoint.getRawPath()
                + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery()));
    }

    /** The basic authentication header for the credentials in the base URL, if it has any. */
    Optional<String> authorization() {
        return Optional.ofNullable(base().getUserInfo())
                .map(credentials ->
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private URI base() {
        String base = url.strip();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    Optional<Path> filesStoreDirectory() {
        return filesStore == null || filesStore.isBlank() ? Optional.empty() : Optional.of(Path.of(filesStore));
    }
}
