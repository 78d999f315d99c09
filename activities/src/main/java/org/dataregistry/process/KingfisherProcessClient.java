package org.dataregistry.process;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dataregistry.task.FailureTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kingfisher Process's REST API, as the original Data Registry calls it: {@code /api/collections/<id>/<action>/},
 * an absolute path with a trailing slash resolved against the base URL. Connection failures, timeouts and
 * unexpected answers are temporary (plain exceptions, retried); an unknown collection is permanent.
 */
final class KingfisherProcessClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** A large collection's notes take a while to serialise. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    KingfisherProcessClient(String baseUrl, HttpClient http) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Kingfisher Process's URL is not configured: set "
                            + "KINGFISHER_PROCESS_URL (data-registry.kingfisher-process.url)",
                    FailureTypes.CONFIGURATION);
        }
        this.base = URI.create(baseUrl.strip());
        this.http = http;
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The root collection and the collections derived from it; an unknown root is a permanent failure. */
    JsonNode tree(String collectionId) {
        URI uri = collectionUri(collectionId, "tree");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());
        if (response.statusCode() == 404) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Kingfisher Process has no collection " + collectionId + " (HTTP 404 from " + uri + ")",
                    FailureTypes.EXTERNAL_SERVICE_ERROR);
        }
        return body(uri, response);
    }

    /** The compiled collection's metadata: an object, possibly empty. */
    JsonNode metadata(long compiledCollectionId) {
        URI uri = collectionUri(Long.toString(compiledCollectionId), "metadata");
        return body(uri, send(HttpRequest.newBuilder(uri).GET()));
    }

    /** The root collection's WARNING and ERROR notes (of it and its derived collections), by level. */
    JsonNode notes(long rootCollectionId) {
        URI uri = URI.create(collectionUri(Long.toString(rootCollectionId), "notes") + "?level=WARNING&level=ERROR");
        return body(uri, send(HttpRequest.newBuilder(uri).GET()));
    }

    /** Asks Kingfisher Process to delete the collection and its derived collections (it answers 202, even twice). */
    void delete(String collectionId) {
        URI uri = collectionUri(collectionId, null);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).DELETE());
        if (response.statusCode() / 100 != 2) {
            throw unexpected(uri, response);
        }
    }

    private URI collectionUri(String collectionId, String action) {
        String id = URLEncoder.encode(collectionId, StandardCharsets.UTF_8);
        return base.resolve("/api/collections/" + id + "/" + (action == null ? "" : action + "/"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(REQUEST_TIMEOUT)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Kingfisher Process could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Kingfisher Process", e);
        }
    }

    private JsonNode body(URI uri, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw unexpected(uri, response);
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "Kingfisher Process answered " + uri + " with invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static IllegalStateException unexpected(URI uri, HttpResponse<String> response) {
        return new IllegalStateException("Kingfisher Process answered HTTP " + response.statusCode() + " to "
                + response.request().method() + " " + uri);
    }
}
