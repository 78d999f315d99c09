package org.dataregistry.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scrapyd's JSON API as the registry uses it. Scrapyd reports most errors with HTTP 200 and
 * {@code "status": "error"}: those are {@link ScrapydException}s; HTTP errors are {@link HttpStatusException}s.
 */
final class ScrapydClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER_AGENT = "DataRegistry/1.0";

    private final ScrapydProperties properties;
    private final HttpTransport http;

    /** @param timeout the longest wait to connect, and then for each answer */
    ScrapydClient(ScrapydProperties properties, Duration timeout) {
        this.properties = properties;
        this.http = new HttpTransport(USER_AGENT, timeout, timeout, timeout);
    }

    /**
     * Schedules a crawl of Kingfisher Collect's {@code compile} step.
     *
     * @param settings Scrapy settings as {@code KEY=VALUE}, in the order to pass them
     * @return the Scrapyd job id
     */
    String schedule(String spider, String jobId, List<String> settings) throws IOException, ScrapydException {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("project", properties.project()),
                Map.entry("spider", spider),
                Map.entry("jobid", jobId),
                Map.entry("steps", "compile")));
        settings.forEach(setting -> form.add(Map.entry("setting", setting)));
        return post("schedule.json", form).path("jobid").asString(jobId);
    }

    /** The job's state: {@code pending}, {@code running} or {@code finished}; empty when Scrapyd doesn't know it. */
    Optional<String> state(String jobId) throws IOException, ScrapydException {
        JsonNode currstate = get("status.json?job=" + encode(jobId)).path("currstate");
        return currstate.isString() ? Optional.of(currstate.stringValue()) : Optional.empty();
    }

    /** Cancels the job; returns the state it was in, empty if it was finished or unknown. */
    Optional<String> cancel(String jobId) throws IOException, ScrapydException {
        JsonNode prevstate = post(
                        "cancel.json", List.of(Map.entry("project", properties.project()), Map.entry("job", jobId)))
                .path("prevstate");
        return prevstate.isString() ? Optional.of(prevstate.stringValue()) : Optional.empty();
    }

    /** The project's spiders. */
    List<String> spiders() throws IOException, ScrapydException {
        List<String> spiders = new ArrayList<>();
        get("listspiders.json?project=" + encode(properties.project()))
                .path("spiders")
                .forEach(spider -> spiders.add(spider.asString()));
        return spiders;
    }

    /** Where Scrapyd serves the job's log. */
    URI logUrl(String spider, String jobId) {
        return properties.endpoint(
                "logs/" + encode(properties.project()) + "/" + encode(spider) + "/" + encode(jobId) + ".log");
    }

    /** Reads a log, as far as {@code reader} wants; a missing log is an {@link HttpStatusException} 404. */
    <T> T readLog(URI logUrl, LogReader<T> reader) throws IOException {
        HttpGet request = new HttpGet(logUrl);
        if (logUrl.toString().startsWith(properties.endpoint("").toString())) {
            authorize(request);
        }
        try (HttpTransport.Response response = http.send(request)) {
            if (!response.successful()) {
                throw response.error();
            }
            return reader.read(new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8)));
        }
    }

    /** Reads what it needs of a log. */
    @FunctionalInterface
    interface LogReader<T> {
        T read(BufferedReader log) throws IOException;
    }

    private JsonNode get(String endpoint) throws IOException, ScrapydException {
        return answer(endpoint, new HttpGet(properties.endpoint(endpoint)));
    }

    private JsonNode post(String endpoint, List<Map.Entry<String, String>> form) throws IOException, ScrapydException {
        StringJoiner body = new StringJoiner("&");
        form.forEach(field -> body.add(encode(field.getKey()) + "=" + encode(field.getValue())));
        HttpPost request = new HttpPost(properties.endpoint(endpoint));
        request.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_FORM_URLENCODED));
        return answer(endpoint, request);
    }

    private JsonNode answer(String endpoint, HttpUriRequestBase request) throws IOException, ScrapydException {
        String name = endpoint.replaceFirst("\\?.*", "");
        try (HttpTransport.Response response = http.send(authorize(request))) {
            if (!response.successful()) {
                throw response.error();
            }
            byte[] body = response.body().readAllBytes();
            JsonNode answer;
            try {
                answer = JSON.readTree(body);
            } catch (JacksonException e) {
                throw new ScrapydException("Scrapyd answered " + name + " with something other than JSON: "
                        + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
            }
            if ("error".equals(answer.path("status").asString())) {
                throw new ScrapydException("Scrapyd refused " + name + ": "
                        + answer.path("message").asString(answer.toString()));
            }
            return answer;
        }
    }

    private HttpUriRequestBase authorize(HttpUriRequestBase request) {
        properties.authorization().ifPresent(authorization -> request.setHeader("Authorization", authorization));
        return request;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
