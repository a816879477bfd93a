package com.careervault.benchmark;

import com.careervault.api.documents.ContentAddressedStore;
import com.careervault.api.documents.DocumentsProperties;
import com.careervault.contracts.aws.S3Settings;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackOptions;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Documents' upload throughput (issue 20): {@link ContentAddressedStore#put} (hash while spooling to disk,
 * HeadObject, conditional PutObject with a SHA-256 checksum) against raw PutObjects of the same sizes on the
 * same S3-API server with the same client, in the same run. Every upload is new bytes (no de-duplication), in
 * 8 KB buffers as a multipart upload arrives.
 * <p>
 * Phase 13 of {@link Benchmark}; alone, on a devstack of its own:
 * {@code mvn -q -pl benchmark exec:exec@bench-documents}.
 */
final class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);
    /** A resume PDF of a page or two. */
    static final int DEFAULT_SIZE = 128 * 1024;
    private static final int BUFFER = 8 * 1024;

    private DocumentUploads() {
    }

    /**
     * Two closed loops of {@code concurrency} uploads in flight, {@code size} bytes each: the store's put, then
     * raw PutObject, after an unmeasured {@code warmup} of each.
     */
    static Result measure(DevStack stack, int concurrency, int size, Duration warmup, Duration measure,
            Path spool) throws InterruptedException {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        S3Settings settings = new S3Settings(stack.s3Endpoint(), null, null, null);
        try (S3AsyncClient s3 = settings.asyncClient("us-east-1", credentials);
                S3Presigner presigner = settings.presigner("us-east-1", credentials)) {
            ContentAddressedStore store = new ContentAddressedStore(s3, presigner, new DocumentsProperties(
                    stack.documentsBucket(), "bench-documents", DataSize.ofBytes(size), null, spool));
            byte[] template = new byte[size];
            new java.util.Random(20).nextBytes(template);

            Upload throughStore = (n, done) -> store
                    .put("bench-user-" + (n % 32), buffers(template, n), "application/pdf")
                    .subscribe(ok -> done.run(null), done::run);
            Upload rawPut = (n, done) -> s3
                    .putObject(r -> r.bucket(stack.documentsBucket()).key("bench-raw/" + n)
                            .contentType("application/pdf").contentLength((long) size),
                            AsyncRequestBody.fromBytes(unique(template, n)))
                    .whenComplete((ok, failure) -> done.run(failure));
            // both paths warm (JIT, connections) before either is measured: measured first after a cold start,
            // the store came out at 0.15 of raw in one run, against about 0.5 when both were warm
            closedLoop(concurrency, Duration.ZERO, warmup, throughStore, 1_000_000_000);
            closedLoop(concurrency, Duration.ZERO, warmup, rawPut, 1_000_000_000);
            Stats stored = closedLoop(concurrency, warmup, measure, throughStore, 0);
            Stats raw = closedLoop(concurrency, warmup, measure, rawPut, 0);
            return new Result(stored, raw, size, concurrency);
        }
    }

    /** Both phases of one run. */
    record Result(Stats store, Stats raw, int size, int concurrency) {

        double ratio() {
            return Stats.ratio(store.perSecond(), raw.perSecond());
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size_bytes", size);
            m.put("concurrency", concurrency);
            m.put("store_put", store.toMap());
            m.put("raw_put_object", raw.toMap());
            m.put("store_mb_per_s", Stats.round(store.perSecond() * size / 1e6));
            m.put("raw_mb_per_s", Stats.round(raw.perSecond() * size / 1e6));
            m.put("ratio", Stats.round(ratio()));
            return m;
        }
    }

    interface Upload {
        void start(int n, Done done);
    }

    interface Done {
        void run(Throwable failure);
    }

    /** Uploads numbered from {@code first} (distinct bytes, distinct keys), {@code concurrency} in flight. */
    private static Stats closedLoop(int concurrency, Duration warmup, Duration measure, Upload upload, int first)
            throws InterruptedException {
        Stats stats = new Stats();
        Semaphore inFlight = new Semaphore(concurrency);
        long from = System.nanoTime() + warmup.toNanos();
        long until = from + measure.toNanos();
        int n = first;
        while (System.nanoTime() < until) {
            inFlight.acquire();
            long sent = System.nanoTime();
            upload.start(n++, failure -> {
                if (failure != null && stats.failed() == 0) {
                    log.warn("an upload failed: {}", failure.toString());
                }
                stats.completed(sent, from, until, failure);
                inFlight.release();
            });
        }
        inFlight.tryAcquire(concurrency, 60, TimeUnit.SECONDS);
        stats.window(measure.toNanos() / 1e9);
        return stats;
    }

    /** The template with upload number {@code n} in its first bytes: new content, so a new object, each time. */
    private static byte[] unique(byte[] template, int n) {
        byte[] bytes = template.clone();
        ByteBuffer.wrap(bytes).putInt(n);
        return bytes;
    }

    private static Flux<DataBuffer> buffers(byte[] template, int n) {
        byte[] bytes = unique(template, n);
        List<DataBuffer> buffers = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += BUFFER) {
            buffers.add(DefaultDataBufferFactory.sharedInstance.wrap(ByteBuffer.wrap(bytes, from,
                    Math.min(BUFFER, bytes.length - from))));
        }
        return Flux.fromIterable(buffers);
    }

    /** Phase 13 alone, on a devstack of its own: prints the result and the ratio. */
    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.duration", 15));
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        int size = Integer.getInteger("bench.document-size", DEFAULT_SIZE);
        Path dir = Files.createTempDirectory("careervault-bench-documents");
        try (DevStack stack = DevStack.start(DevStackOptions.forTests(dir))) {
            Result result = measure(stack, concurrency, size, warmup, measure, dir.resolve("spool"));
            System.out.println(result.toMap());
            System.out.printf(java.util.Locale.ROOT, "document uploads of %d KB, c=%d: store %.1f/s, raw PutObject %.1f/s,"
                    + " ratio %.2f%n", size / 1024, concurrency, result.store().perSecond(), result.raw().perSecond(),
                    result.ratio());
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }
}
