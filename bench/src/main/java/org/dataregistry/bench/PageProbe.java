package org.dataregistry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the answers of one page: whether the app keeps answering while it runs a job. A request that fails, or
 * answers with another status than 200, counts as failed and is left out of the times.
 */
final class PageProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final HttpRequest request;
    private final List<Double> millis = new ArrayList<>();
    private int failed;

    PageProbe(URI page) {
        this.request = HttpRequest.newBuilder(page).timeout(TIMEOUT).build();
    }

    /** Requests the page once, reading the whole answer. */
    void request() throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                record((System.nanoTime() - start) / 1e6);
                return;
            }
        } catch (IOException e) {
            // Counted as failed below.
        }
        failed++;
    }

    void record(double answerMillis) {
        millis.add(answerMillis);
    }

    /** {@code probe REQUESTS FAILED P50_MS P95_MS MAX_MS}, tab-separated (times 0 when none answered). */
    String summary() {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "probe\t%d\t%d\t%.1f\t%.1f\t%.1f",
                sorted.size() + failed,
                failed,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.getLast());
    }

    /** The nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
