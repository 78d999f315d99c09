package org.dataregistry.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 for tests. Each path answers with the replies a test gives it, one per request, the
 * last one again once they are used up; every request is recorded.
 */
final class StubServer implements AutoCloseable {

    /** The address the stub listens on: the collector refuses it unless {@code allowed-hosts} names it. */
    static final String ADDRESS = "127.0.0.1";

    /** How to answer one request. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    /**
     * A request the server received.
     *
     * @param method e.g. {@code GET}
     * @param path the path, without the query
     * @param query the raw query string, or {@code null}
     * @param userAgent the User-Agent header
     * @param authorization the Authorization header, or {@code null}
     * @param body the request body, as text
     */
    record Request(String method, String path, String query, String userAgent, String authorization, String body) {}

    private final HttpServer server;
    private final ExecutorService threads =
            Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final Map<String, List<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static StubServer start() {
        try {
            return new StubServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The absolute URL of {@code pathAndQuery}, e.g. {@code /page?n=2}. */
    URI url(String pathAndQuery) {
        return URI.create("http://" + ADDRESS + ":" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Answers requests for {@code path} with {@code replies}, in turn. */
    StubServer on(String path, Reply... replies) {
        this.replies.put(path, new ArrayList<>(List.of(replies)));
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(String path) {
        return requests().stream()
                .filter(request -> request.path().equals(path))
                .toList();
    }

    static Reply ok(byte[] body) {
        return reply(200, body);
    }

    static Reply json(String body) {
        return ok(body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply status(int status) {
        return reply(status, ("HTTP " + status).getBytes(StandardCharsets.UTF_8));
    }

    static Reply reply(int status, byte[] body, String... headerNamesAndValues) {
        return exchange -> {
            for (int i = 0; i < headerNamesAndValues.length; i += 2) {
                exchange.getResponseHeaders().add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    static Reply redirect(int status, String location) {
        return reply(status, new byte[0], "Location", location);
    }

    /** Waits before answering with {@code reply}. */
    static Reply delayed(Duration delay, Reply reply) {
        return exchange -> {
            pause(delay);
            reply.send(exchange);
        };
    }

    /** Sends {@code start} without a length, then nothing for {@code silence}, then ends the body. */
    static Reply stalling(byte[] start, Duration silence) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(start);
                out.flush();
                pause(silence);
            }
        };
    }

    /**
     * Sends the start of a JSON array, then a blank a second, for as long as the client listens; counts {@code
     * hungUp} down when the client has closed the connection (a write fails).
     */
    static Reply trickling(CountDownLatch hungUp) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try {
                OutputStream out = exchange.getResponseBody();
                out.write('[');
                out.flush();
                while (!Thread.currentThread().isInterrupted()) {
                    pause(Duration.ofSeconds(1));
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException e) {
                hungUp.countDown();
            }
        };
    }

    /** Sends {@code size} bytes of a JSON array of blanks, without announcing its length. */
    static Reply unannounced(long size) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('[');
                byte[] blanks = new byte[8192];
                Arrays.fill(blanks, (byte) ' ');
                for (long sent = 1; sent < size; sent += blanks.length) {
                    out.write(blanks);
                }
                out.write(']');
            } catch (IOException e) {
                // The client hung up, as it should once the size is over its limit.
            }
        };
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(
                exchange.getRequestMethod(),
                uri.getPath(),
                uri.getRawQuery(),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
        List<Reply> queued = replies.get(uri.getPath());
        Reply reply;
        if (queued == null) {
            reply = status(404);
        } else {
            synchronized (queued) {
                reply = queued.size() > 1 ? queued.removeFirst() : queued.getFirst();
            }
        }
        try {
            reply.send(exchange);
        } finally {
            exchange.close();
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
