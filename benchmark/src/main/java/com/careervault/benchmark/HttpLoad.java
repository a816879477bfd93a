package com.careervault.benchmark;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The HTTP load generator: Reactor Netty on event loops of its own (the API's
 * server runs on Reactor Netty's shared loops in this JVM, the client must not
 * steal them), one pooled connection per in-flight request.
 */
final class HttpLoad implements AutoCloseable {

    /** One request: method, path, bearer token and JSON body (null for none). */
    record Call(HttpMethod method, String path, String bearer, byte[] body) {
    }

    record Answer(int status, String body) {
    }

    private final LoopResources loops = LoopResources.create("bench-client", 2, true);
    private final ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(1024)
            .pendingAcquireMaxCount(-1).build();
    private final HttpClient http;

    HttpLoad(String baseUrl) {
        this.http = HttpClient.create(pool).runOn(loops).baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(30));
    }

    Mono<Answer> send(Call call) {
        HttpClient client = http.headers(h -> {
            if (call.bearer() != null) {
                h.set("Authorization", call.bearer());
            }
            if (call.body() != null) {
                // a known length: no chunked encoding, the body goes out with the headers
                h.set("Content-Type", "application/json");
                h.set("Content-Length", call.body().length);
            }
        });
        HttpClient.RequestSender request = client.request(call.method()).uri(call.path());
        HttpClient.ResponseReceiver<?> receiver = call.body() == null ? request
                : request.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(call.body())));
        return receiver.responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .map(text -> new Answer(response.status().code(), text)));
    }

    /**
     * Closed loop: {@code concurrency} requests always in flight, each followed
     * by the next as soon as it is answered, for warm-up plus the measured time.
     * Only answers that arrive inside the measured window count; an answer with
     * another status than {@code expected} is a failure.
     */
    Stats closedLoop(int concurrency, Duration warmup, Duration measure, int expected, IntFunction<Call> calls) {
        Stats stats = new Stats();
        long start = System.nanoTime();
        long from = start + warmup.toNanos();
        long until = from + measure.toNanos();
        List<Mono<Void>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int[] n = {w};
            workers.add(Mono.defer(() -> {
                long sent = System.nanoTime();
                Call call = calls.apply(n[0]);
                n[0] += concurrency;
                return send(call).doOnNext(answer -> count(stats, sent, from, until, answer.status() == expected))
                        .onErrorResume(e -> {
                            count(stats, sent, from, until, false);
                            return Mono.empty();
                        });
            }).repeat(() -> System.nanoTime() < until).then());
        }
        Flux.merge(workers).blockLast();
        stats.window(measure.toNanos() / 1e9);
        return stats;
    }

    private static void count(Stats stats, long sent, long from, long until, boolean ok) {
        long now = System.nanoTime();
        if (now < from || now > until) {
            return;
        }
        if (ok) {
            stats.ok(now - sent);
        } else {
            stats.fail();
        }
    }

    /**
     * Open loop: {@code rate} requests per second on a fixed schedule (checked
     * every 5 ms), whatever the answers, for {@code duration}; at most
     * {@code maxInFlight} outstanding (the rest are counted as failures, so an
     * overload shows). Every answer with the expected status goes to
     * {@code onAnswer} with the time it arrived.
     */
    Stats openLoop(double rate, Duration duration, int maxInFlight, int expected, IntFunction<Call> calls,
            Consumer<TimedAnswer> onAnswer) throws InterruptedException {
        Stats stats = new Stats();
        Semaphore inFlight = new Semaphore(maxInFlight);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long until = start + duration.toNanos();
        int[] issued = {0};
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long due = Math.min(now, until) - start;
            long target = (long) (due / 1e9 * rate);
            while (issued[0] < target) {
                int n = issued[0]++;
                if (!inFlight.tryAcquire()) {
                    stats.fail();
                    continue;
                }
                Call call = calls.apply(n);
                long sent = System.nanoTime();
                send(call).doFinally(signal -> inFlight.release()).subscribe(answer -> {
                    long arrived = System.nanoTime();
                    if (answer.status() == expected) {
                        stats.ok(arrived - sent);
                        onAnswer.accept(new TimedAnswer(n, call, answer, arrived));
                    } else {
                        stats.fail();
                    }
                }, error -> stats.failed());
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        Thread.sleep(duration.toMillis());
        ticker.shutdown();
        ticker.awaitTermination(1, TimeUnit.SECONDS);
        inFlight.acquire(maxInFlight); // every request answered
        inFlight.release(maxInFlight);
        stats.window(duration.toNanos() / 1e9);
        return stats;
    }

    record TimedAnswer(int n, Call call, Answer answer, long arrivedNanos) {
    }

    @Override
    public void close() {
        pool.dispose();
        loops.dispose();
    }
}
