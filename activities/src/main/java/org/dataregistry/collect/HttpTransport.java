package org.dataregistry.collect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client as the collect task uses it: redirects are never followed by the client (callers decide which to
 * follow), every request opens its own connection, to an address the {@link SourceAddresses} allow (checked on the
 * resolved addresses the connection is made to, so a host re-pointed after a check gets nowhere), requests carry the
 * registry's User-Agent, and a response fails when its headers take longer than the response timeout or its body
 * stops coming for longer than the read timeout.
 */
final class HttpTransport {

    /** Longest wait Temporal is asked for after a Retry-After, so that a wild value cannot park a job for months. */
    static final Duration MAXIMUM_RETRY_AFTER = Duration.ofDays(1);

    private static final ScheduledExecutorService STALL_WATCH = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("collect-read-timeouts").factory());
    private static final Duration WAIT_STEP = Duration.ofSeconds(1);
    private static final int MAXIMUM_CONNECTIONS = 10_000;
    /** The addresses of the request being sent on this thread (requests are sent on threads of their own). */
    private static final ThreadLocal<SourceAddresses> ADDRESSES = new ThreadLocal<>();

    private final CloseableHttpClient client;
    private final SourceAddresses addresses;
    private final Duration readTimeout;

    HttpTransport(String userAgent, Duration connectTimeout, Duration responseTimeout, Duration readTimeout) {
        this(userAgent, connectTimeout, responseTimeout, readTimeout, SourceAddresses.ANY);
    }

    HttpTransport(
            String userAgent,
            Duration connectTimeout,
            Duration responseTimeout,
            Duration readTimeout,
            SourceAddresses addresses) {
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver())
                        // Connections are never reused, so the pool only counts them: no download waits for another.
                        .setMaxConnTotal(MAXIMUM_CONNECTIONS)
                        .setMaxConnPerRoute(MAXIMUM_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .build())
                // A pooled connection would skip the address check of the next request to its host.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
        this.addresses = addresses;
        this.readTimeout = readTimeout;
    }

    Response send(HttpUriRequestBase request) throws IOException {
        return send(request, () -> {});
    }

    Response send(HttpUriRequestBase request, Runnable whileWaiting) throws IOException {
        return send(request, whileWaiting, addresses);
    }

    /**
     * Sends a request and waits for the response headers, running {@code whileWaiting} every second meanwhile (e.g.
     * an activity heartbeat; if it throws, the request is abandoned and the exception propagates).
     *
     * @param allowed the addresses this request may connect to
     * @throws SourceAddresses.RefusedAddressException when its host is at an address not allowed: nothing was sent
     */
    Response send(HttpUriRequestBase request, Runnable whileWaiting, SourceAddresses allowed) throws IOException {
        URI uri;
        try {
            uri = request.getUri();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        CompletableFuture<ClassicHttpResponse> pending = new CompletableFuture<>();
        Thread.ofVirtual().name("collect-request").start(() -> {
            ADDRESSES.set(allowed);
            try {
                pending.complete(client.executeOpen(null, request, null));
            } catch (IOException | RuntimeException e) {
                pending.completeExceptionally(e);
            }
        });
        boolean answered = false;
        try {
            while (true) {
                try {
                    ClassicHttpResponse response = pending.get(WAIT_STEP.toMillis(), TimeUnit.MILLISECONDS);
                    answered = true;
                    InputStream body = response.getEntity() == null
                            ? InputStream.nullInputStream()
                            : response.getEntity().getContent();
                    return new Response(
                            uri,
                            response.getCode(),
                            headers(response),
                            new ReadTimeoutInputStream(body, readTimeout, uri, request, response));
                } catch (TimeoutException e) {
                    whileWaiting.run();
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + uri);
        } finally {
            if (!answered) {
                request.cancel();
            }
        }
    }

    private static HttpHeaders headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** Resolves a host to the addresses its connection may be made to, refusing those not allowed. */
    private static final class CheckingResolver implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            SourceAddresses allowed = ADDRESSES.get() == null ? SourceAddresses.ANY : ADDRESSES.get();
            InetAddress[] all = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            List<InetAddress> usable = new ArrayList<>();
            String refusal = null;
            for (InetAddress address : all) {
                Optional<String> refused = allowed.refusal(host, address);
                if (refused.isEmpty()) {
                    usable.add(address);
                } else if (refusal == null) {
                    refusal = refused.get();
                }
            }
            if (refusal != null) {
                // A host with an internal address among public ones is refused too: which one answers is luck.
                throw new SourceAddresses.RefusedAddressException(refusal);
            }
            return usable.toArray(InetAddress[]::new);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
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
            return new HttpStatusException(
                    status,
                    uri,
                    headers.firstValue("Retry-After")
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
                Duration until = Duration.between(
                        Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
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
        private final HttpUriRequestBase request;
        private final ClassicHttpResponse response;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean timedOut;

        ReadTimeoutInputStream(
                InputStream body, Duration timeout, URI uri, HttpUriRequestBase request, ClassicHttpResponse response) {
            super(body);
            this.request = request;
            this.response = response;
            this.timeout = timeout;
            this.uri = uri;
            long period = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
            this.watch =
                    STALL_WATCH.scheduleWithFixedDelay(this::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
        }

        private void closeIfStalled() {
            if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                timedOut = true;
                watch.cancel(false);
                request.cancel();
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
            HttpTimeoutException stalled =
                    new HttpTimeoutException("No data from " + uri + " for " + timeout.toSeconds() + " s");
            stalled.initCause(cause);
            return stalled;
        }

        /** Closes the connection: a body closed before its end is abandoned, not read to the end. */
        @Override
        public void close() throws IOException {
            watch.cancel(false);
            request.cancel();
            try {
                response.close();
            } catch (IOException e) {
                // The client tries to read what is left of the body from the connection just closed.
            }
        }
    }
}
