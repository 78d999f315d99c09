package org.dataregistry.collect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JDK {@link HttpClient} as the collect task uses it: redirects are never followed by the client (callers decide
 * which to follow), requests carry the registry's User-Agent, and a response fails when its headers take longer than
 * the response timeout or its body stops coming for longer than the read timeout. (The JDK client alone would wait
 * for a stalled body forever, holding an activity slot.)
 */
final class HttpTransport {

    /** Longest wait Temporal is asked for after a Retry-After, so that a wild value cannot park a job for months. */
    static final Duration MAXIMUM_RETRY_AFTER = Duration.ofDays(1);

    private static final ScheduledExecutorService STALL_WATCH = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("collect-read-timeouts").factory());
    private static final Duration WAIT_STEP = Duration.ofSeconds(1);

    private final HttpClient client;
    private final String userAgent;
    private final Duration responseTimeout;
    private final Duration readTimeout;

    HttpTransport(String userAgent, Duration connectTimeout, Duration responseTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.userAgent = userAgent;
        this.responseTimeout = responseTimeout;
        this.readTimeout = readTimeout;
    }

    Response send(HttpRequest.Builder request) throws IOException {
        return send(request, () -> { });
    }

    /**
     * Sends a request and waits for the response headers, running {@code whileWaiting} every second meanwhile (e.g.
     * an activity heartbeat; if it throws, the request is abandoned and the exception propagates).
     */
    Response send(HttpRequest.Builder request, Runnable whileWaiting) throws IOException {
        HttpRequest built = request.header("User-Agent", userAgent).timeout(responseTimeout).build();
        CompletableFuture<HttpResponse<InputStream>> pending =
                client.sendAsync(built, HttpResponse.BodyHandlers.ofInputStream());
        try {
            while (true) {
                try {
                    HttpResponse<InputStream> response = pending.get(WAIT_STEP.toMillis(), TimeUnit.MILLISECONDS);
                    return new Response(built.uri(), response.statusCode(), response.headers(),
                            new ReadTimeoutInputStream(response.body(), readTimeout, built.uri()));
                } catch (TimeoutException e) {
                    whileWaiting.run();
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + built.uri());
        } finally {
            pending.cancel(true);
        }
    }

    /**
     * A response whose headers are in and whose body is still to be read; closing it closes the body.
     *
     * @param uri the URL requested
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body, failing with an {@link HttpTimeoutException} when it stalls
     */
    record Response(URI uri, int status, HttpHeaders headers, InputStream body) implements AutoCloseable {

        boolean successful() {
            return status / 100 == 2;
        }

        OptionalLong contentLength() {
            return headers.firstValueAsLong("Content-Length");
        }

        /** This response as an error, with the delay its {@code Retry-After} header asks for (at most a day). */
        HttpStatusException error() {
            return new HttpStatusException(status, uri, headers.firstValue("Retry-After")
                    .map(Response::delay)
                    .map(delay -> delay.compareTo(MAXIMUM_RETRY_AFTER) > 0 ? MAXIMUM_RETRY_AFTER : delay)
                    .orElse(null));
        }

        private static Duration delay(String retryAfter) {
            String value = retryAfter.strip();
            if (value.matches("\\d{1,10}")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** Closes the body when no byte has come for the read timeout, which makes the blocked read fail. */
    private static final class ReadTimeoutInputStream extends FilterInputStream {

        private final Duration timeout;
        private final URI uri;
        private final ScheduledFuture<?> watch;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean timedOut;

        ReadTimeoutInputStream(InputStream body, Duration timeout, URI uri) {
            super(body);
            this.timeout = timeout;
            this.uri = uri;
            long period = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
            this.watch = STALL_WATCH.scheduleWithFixedDelay(
                    this::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
        }

        private void closeIfStalled() {
            if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                timedOut = true;
                watch.cancel(false);
                try {
                    in.close();
                } catch (IOException e) {
                    // The reader sees the read fail either way.
                }
            }
        }

        @Override
        public int read() throws IOException {
            try {
                int read = in.read();
                lastProgress = System.nanoTime();
                return read;
            } catch (IOException e) {
                throw timedOut ? stalled(e) : e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int read = in.read(buffer, offset, length);
                lastProgress = System.nanoTime();
                return read;
            } catch (IOException e) {
                throw timedOut ? stalled(e) : e;
            }
        }

        private HttpTimeoutException stalled(IOException cause) {
            HttpTimeoutException stalled = new HttpTimeoutException(
                    "No data from " + uri + " for " + timeout.toSeconds() + " s");
            stalled.initCause(cause);
            return stalled;
        }

        @Override
        public void close() throws IOException {
            watch.cancel(false);
            super.close();
        }
    }
}
