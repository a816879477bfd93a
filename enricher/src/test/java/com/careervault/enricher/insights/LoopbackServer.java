package com.careervault.enricher.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (an ephemeral port) that stands in for an AI provider's API in tests: it records
 * every request and answers each with the status, JSON body and delay set by {@link #answer}. Nothing leaves the
 * machine.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A request as the server received it (header names lowercased). */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private record Answer(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = new Answer(500, "{}", Duration.ZERO);

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                Map<String, List<String>> headers = new java.util.TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
                requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getQuery(), headers, new String(body, StandardCharsets.UTF_8)));
                Answer current = answer;
                if (!current.delay().isZero()) {
                    Thread.sleep(current.delay().toMillis());
                }
                byte[] out = current.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(current.status(), out.length);
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** Answers every following request with this status and body. */
    public void answer(int status, String body) {
        answer(status, body, Duration.ZERO);
    }

    /** Answers every following request with this status and body after the delay. */
    public void answer(int status, String body, Duration delay) {
        this.answer = new Answer(status, body, delay);
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        executor.shutdownNow(); // first: interrupts a handler that is still delaying its answer
        server.stop(0);
    }
}
