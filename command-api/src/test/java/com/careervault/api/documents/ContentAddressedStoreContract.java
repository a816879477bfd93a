package com.careervault.api.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.aws.S3Settings;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What the content-addressed store promises, against a real S3-API server: the devstack's s3rver
 * ({@link ContentAddressedStoreTest}) and LocalStack where Docker runs ({@link ContentAddressedStoreLocalStackTest}).
 */
abstract class ContentAddressedStoreContract {

    static final long LIMIT = 64 * 1024;
    static final int CHUNK = 1024;

    @TempDir
    Path spool;

    S3AsyncClient s3;
    S3Presigner presigner;
    ContentAddressedStore store;
    String bucket;
    String prefix;

    /** The S3 API's base URL. */
    abstract String endpoint();

    /** A bucket that exists on that server. */
    abstract String bucket();

    @BeforeEach
    void connect() {
        S3Settings settings = new S3Settings(endpoint(), null, null, null);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        s3 = settings.asyncClient("us-east-1", credentials);
        presigner = settings.presigner("us-east-1", credentials);
        bucket = bucket();
        // each test has its own prefix: the bucket is shared with every other test of the JVM
        prefix = "test-" + UUID.randomUUID();
        store = store(Duration.ofMinutes(1), 2);
    }

    @AfterEach
    void disconnect() {
        s3.close();
        presigner.close();
    }

    ContentAddressedStore store(Duration urlTtl, int deleteBatch) {
        return new ContentAddressedStore(s3, presigner, new DocumentsProperties(bucket, prefix,
                DataSize.ofBytes(LIMIT), urlTtl, spool), deleteBatch);
    }

    @Test
    void putStoresTheBytesUnderTheirHashAndGetReturnsThemByteExact() throws Exception {
        byte[] bytes = bytes(40_000, 7);

        StoredObject stored = store.put("u1", chunked(bytes), "application/pdf").block();
        byte[] read = read(store.get("u1", sha256(bytes)));

        assertThat(stored).isEqualTo(new StoredObject(prefix + "/u1/" + sha256(bytes), sha256(bytes), 40_000, true));
        assertThat(read).isEqualTo(bytes);
        assertThat(s3.headObject(r -> r.bucket(bucket).key(stored.key())).join().contentType())
                .isEqualTo("application/pdf");
        assertThat(store.exists("u1", sha256(bytes)).block()).isTrue();
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() {
        byte[] bytes = bytes(5_000, 3);

        StoredObject first = store.put("u1", chunked(bytes), "text/plain").block();
        StoredObject second = store.put("u1", chunked(bytes), "text/plain").block();

        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new StoredObject(first.key(), first.sha256(), 5_000, false));
        assertThat(keys(prefix + "/u1/")).containsExactly(first.key());
    }

    @Test
    void theSameBytesOfAnotherUserAreAnotherObject() {
        byte[] bytes = bytes(100, 1);

        StoredObject mine = store.put("u1", chunked(bytes), "text/plain").block();
        StoredObject theirs = store.put("u2", chunked(bytes), "text/plain").block();

        assertThat(theirs.created()).isTrue();
        assertThat(theirs.key()).isEqualTo(prefix + "/u2/" + mine.sha256());
    }

    @Test
    void anUploadPastTheLimitIsRefusedMidStreamLeavingNothingBehind() {
        AtomicInteger produced = new AtomicInteger();
        // 10 MB offered in 1 KB chunks, produced only when asked for
        Flux<DataBuffer> endless = Flux.generate(sink -> {
            if (produced.incrementAndGet() > 10_240) {
                sink.complete();
            } else {
                sink.next(DefaultDataBufferFactory.sharedInstance.wrap(bytes(CHUNK, produced.get())));
            }
        });

        assertThatThrownBy(() -> store.put("u1", endless, "application/pdf").block())
                .isInstanceOf(ObjectTooLargeException.class)
                .hasMessage("The file is larger than 65536 bytes")
                .extracting(e -> ((ObjectTooLargeException) e).limitBytes()).isEqualTo(LIMIT);
        // 64 chunks fit, the 65th passes the limit; a few more may have been asked for ahead
        assertThat(produced.get()).isBetween(65, 80);
        assertThat(keys(prefix + "/")).isEmpty();
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void anUploadOfExactlyTheLimitIsStored() {
        byte[] bytes = bytes((int) LIMIT, 5);

        StoredObject stored = store.put("u1", chunked(bytes), "application/pdf").block();

        assertThat(stored.size()).isEqualTo(LIMIT);
        assertThat(read(store.get("u1", stored.sha256()))).isEqualTo(bytes);
    }

    @Test
    void aPresignedUrlDownloadsTheBytesWithAPlainHttpClient() throws Exception {
        byte[] bytes = bytes(3_000, 9);
        StoredObject stored = store.put("u1", chunked(bytes), "application/pdf").block();

        URI url = store.downloadUrl("u1", stored.sha256(), "resume v3.pdf");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(url.getQuery()).contains("X-Amz-Expires=60");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"resume v3.pdf\"; filename*=UTF-8''resume%20v3.pdf");
    }

    @Test
    void aPresignedUrlStopsWorkingWhenItExpires() throws Exception {
        byte[] bytes = bytes(100, 2);
        StoredObject stored = store.put("u1", chunked(bytes), "text/plain").block();
        URI url = store(Duration.ofSeconds(1), 2).downloadUrl("u1", stored.sha256(), null);

        // SigV4 times are whole seconds: two seconds later the URL has expired whatever the rounding
        Thread.sleep(2_100);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(url.getQuery()).contains("X-Amz-Expires=1");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    @Test
    void deleteAllOfRemovesEveryObjectOfTheUserInBatchesAndNoOtherUsers() {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            store.put("u1", chunked(bytes(50, 100 + i)), "text/plain").block();
        }
        // "u10" starts like "u1": the listing prefix must end at the user id
        others.add(store.put("u10", chunked(bytes(50, 1)), "text/plain").block().key());
        others.add(store.put("u2", chunked(bytes(50, 2)), "text/plain").block().key());

        Long deleted = store.deleteAllOf("u1").block();

        assertThat(deleted).isEqualTo(5L);
        assertThat(keys(prefix + "/u1/")).isEmpty();
        assertThat(keys(prefix + "/")).containsExactlyInAnyOrderElementsOf(others);
        assertThat(store.deleteAllOf("u1").block()).isZero();
    }

    @Test
    void getOfAHashNotStoredFailsAsNotFound() {
        String absent = sha256(bytes(10, 42));

        assertThatThrownBy(() -> read(store.get("u1", absent)))
                .isInstanceOf(StoredObjectNotFoundException.class)
                .hasMessage("No stored object " + prefix + "/u1/" + absent);
        assertThat(store.exists("u1", absent).block()).isFalse();
    }

    @Test
    void userIdsAndHashesThatCannotBeKeysAreRefused() {
        String hash = sha256(bytes(10, 42));

        assertThatThrownBy(() -> store.key("../u2", hash)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a user id for an object key: ../u2");
        assertThatThrownBy(() -> store.key("u1/x", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.key("", hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.key("u1", hash.toUpperCase())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a SHA-256 in lowercase hex: " + hash.toUpperCase());
        assertThatThrownBy(() -> store.key("u1", hash.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.key("u1", hash)).isEqualTo(prefix + "/u1/" + hash);
    }

    /** Deterministic bytes: no two seeds give the same content. */
    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        return bytes;
    }

    /** The bytes as an upload arrives: in 1 KB buffers. */
    static Flux<DataBuffer> chunked(byte[] bytes) {
        List<DataBuffer> buffers = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += CHUNK) {
            byte[] chunk = java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK));
            buffers.add(DefaultDataBufferFactory.sharedInstance.wrap(chunk));
        }
        return Flux.fromIterable(buffers);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Flux<ByteBuffer> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.doOnNext(buffer -> {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.writeBytes(chunk);
        }).blockLast();
        return out.toByteArray();
    }

    List<String> keys(String keyPrefix) {
        return s3.listObjectsV2(r -> r.bucket(bucket).prefix(keyPrefix)).join().contents().stream()
                .map(S3Object::key).toList();
    }

    List<Path> spoolFiles() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
