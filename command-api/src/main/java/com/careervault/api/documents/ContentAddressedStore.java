package com.careervault.api.documents;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.DependencyUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Documents' bytes in S3, content-addressed: an object's key is {@code <prefix>/<userId>/<sha256 hex>}, so a
 * version, once stored, is never overwritten with other bytes, and the same file uploaded twice is stored once.
 * The event log and the tables hold only these hashes, sizes and types.
 * <p>
 * Lives in the command API, the one service that writes, serves and deletes documents (uploads, downloads,
 * the account export and account deletion are all its requests); the S3 client set-up it uses is shared by
 * every process through contracts' {@code S3Settings}.
 * <p>
 * Every method fails with {@link DependencyUnavailableException} (answered 503 with {@code Retry-After}) when
 * S3 does not answer, answers 5xx or throttles, after the SDK's own retries; other S3 errors (access denied,
 * no such bucket) are a deployment's fault and pass on unchanged. User ids must be 1 to 128 characters of
 * {@code [A-Za-z0-9._-]} (Cognito's {@code sub} is a UUID) and hashes 64 lowercase hex digits; anything else
 * is a programming error, {@link IllegalArgumentException}.
 * <p>
 * The rules come from AWS's documentation: object keys
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html), conditional writes with
 * {@code If-None-Match: *} (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html),
 * SHA-256 checksums (https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html),
 * DeleteObjects' 1,000 keys per request (https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html)
 * and pre-signed URLs (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html).
 */
@Component
public class ContentAddressedStore {

    /** DeleteObjects takes at most 1,000 keys per request; ListObjectsV2 returns at most 1,000 per page. */
    static final int DELETE_BATCH = 1000;

    private static final String STORE = "document store";
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final S3AsyncClient s3;
    private final S3Presigner presigner;
    private final DocumentsProperties properties;
    private final int deleteBatch;

    @Autowired
    public ContentAddressedStore(S3AsyncClient s3, S3Presigner presigner, DocumentsProperties properties) {
        this(s3, presigner, properties, DELETE_BATCH);
    }

    /** With smaller deletion batches, so that tests cover several pages without thousands of objects. */
    ContentAddressedStore(S3AsyncClient s3, S3Presigner presigner, DocumentsProperties properties, int deleteBatch) {
        this.s3 = s3;
        this.presigner = presigner;
        this.properties = properties;
        this.deleteBatch = deleteBatch;
    }

    /** The S3 key of a user's object: {@code <prefix>/<userId>/<sha256>}. */
    public String key(String userId, String sha256) {
        return userPrefix(userId) + checkedHash(sha256);
    }

    /**
     * Stores the bytes under their SHA-256, unless the same bytes are stored already.
     * <p>
     * The key is the hash, which is known only after the last byte, while S3's PutObject needs the key (and
     * the length) before the first. So the bytes stream through a SHA-256 digest and a byte counter into a
     * spool file (never into memory: buffers are released as they are written), and the counter refuses the
     * upload with {@link ObjectTooLargeException} as soon as it passes {@code maxFileSize}, cancelling the
     * source: the rest of the upload is never read, and the spool file is deleted. Then a HeadObject finds
     * bytes already stored (nothing is sent again), else a PutObject sends the file with
     * {@code If-None-Match: *} and its SHA-256 as {@code x-amz-checksum-sha256}, which S3 checks against what
     * it received.
     * <p>
     * Two uploads of the same bytes at once may both find nothing and both put. On S3 (and LocalStack) the
     * conditional write lets one win and answers 412 to the other, read here as "already stored". Servers that
     * ignore the condition (s3rver) let the second overwrite the first with the very same bytes under the very
     * same key: the object's content cannot change, so the race is harmless for content-addressed keys (at
     * most an extra version in a versioned bucket, and a newer Last-Modified).
     *
     * @param userId the owner (the token's {@code sub})
     * @param content the bytes, in order; each buffer is released once consumed. Empty content is stored too
     *        (the documents API refuses empty files before)
     * @param contentType the media type to store with the object (checked from the bytes by the caller)
     * @return the stored object; {@link StoredObject#created()} false when the bytes were already there
     * @throws ObjectTooLargeException (as the Mono's error) past {@code maxFileSize} bytes
     */
    public Mono<StoredObject> put(String userId, Flux<DataBuffer> content, String contentType) {
        String prefix = userPrefix(userId);
        long limit = properties.maxFileSize().toBytes();
        return SpoolFiles.using(properties.spoolDirectory(), "upload-", spool -> {
            MessageDigest digest = sha256();
            AtomicLong size = new AtomicLong();
            Flux<DataBuffer> counted = content.map(buffer -> {
                if (size.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    throw new ObjectTooLargeException(limit);
                }
                try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
                    views.forEachRemaining(digest::update);
                }
                return buffer;
            });
            return DataBufferUtils.write(counted, spool, StandardOpenOption.WRITE)
                    .then(Mono.defer(() -> {
                        byte[] hash = digest.digest();
                        String key = prefix + HexFormat.of().formatHex(hash);
                        return storeOnce(key, spool, size.get(), hash, contentType);
                    }));
        });
    }

    private Mono<StoredObject> storeOnce(String key, Path spool, long size, byte[] hash, String contentType) {
        String sha256 = HexFormat.of().formatHex(hash);
        return exists(key).flatMap(present -> present
                ? Mono.just(new StoredObject(key, sha256, size, false))
                : call(() -> s3.putObject(r -> r.bucket(properties.bucket()).key(key)
                        .contentLength(size)
                        .contentType(contentType)
                        .ifNoneMatch("*")
                        .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                        .checksumSHA256(Base64.getEncoder().encodeToString(hash)),
                        AsyncRequestBody.fromFile(spool)))
                        .thenReturn(new StoredObject(key, sha256, size, true))
                        .onErrorResume(e -> status(e) == 412, e -> Mono.just(new StoredObject(key, sha256, size, false)))
                        .onErrorResume(e -> status(e) == 409, e -> exists(key).flatMap(now -> now
                                ? Mono.just(new StoredObject(key, sha256, size, false))
                                : Mono.error(new DependencyUnavailableException(STORE, e)))));
    }

    /**
     * 412 (PreconditionFailed): {@code If-None-Match: *} failed, the key exists, so the bytes are stored.
     * 409 (ConditionalRequestConflict): another conditional write of this key, of the same bytes by
     * construction, is in flight; stored if it has finished, else a retry later will find it (or put again).
     */
    private static int status(Throwable e) {
        return e instanceof S3Exception s3e ? s3e.statusCode() : 0;
    }

    /** Whether the user has an object with this hash (HeadObject: no bytes are read). */
    public Mono<Boolean> exists(String userId, String sha256) {
        return exists(key(userId, sha256));
    }

    private Mono<Boolean> exists(String key) {
        return call(() -> s3.headObject(r -> r.bucket(properties.bucket()).key(key)))
                .thenReturn(true)
                .onErrorResume(e -> e instanceof NoSuchKeyException
                        || (e instanceof S3Exception s3e && s3e.statusCode() == 404), e -> Mono.just(false));
    }

    /**
     * The object's bytes, streamed as S3 sends them (nothing is held beyond the buffer in flight).
     *
     * @throws StoredObjectNotFoundException (as the Flux's error) when the user has no such object
     */
    public Flux<ByteBuffer> get(String userId, String sha256) {
        String key = key(userId, sha256);
        return call(() -> s3.getObject(r -> r.bucket(properties.bucket()).key(key),
                AsyncResponseTransformer.toPublisher()))
                .onErrorMap(NoSuchKeyException.class, e -> new StoredObjectNotFoundException(key))
                .flatMapMany(Flux::from);
    }

    /**
     * A pre-signed GET URL of the object, valid for {@code downloadUrlTtl}: anyone holding it can download the
     * bytes until then, without credentials, so it is handed only to the owner. Signing makes no call and
     * does not check that the object exists (a URL of a missing object answers 404).
     *
     * @param downloadName the file name a browser saves it as (sent back by S3 as
     *        {@code Content-Disposition: attachment}, RFC 6266 with {@code filename*} for non-ASCII names), or
     *        null for none
     */
    public URI downloadUrl(String userId, String sha256, String downloadName) {
        String key = key(userId, sha256);
        String disposition = downloadName == null ? null
                : ContentDisposition.attachment().filename(downloadName, StandardCharsets.UTF_8).build().toString();
        try {
            return presigner.presignGetObject(p -> p.signatureDuration(properties.downloadUrlTtl())
                    .getObjectRequest(g -> g.bucket(properties.bucket()).key(key)
                            .responseContentDisposition(disposition))).url().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the presigner made an invalid URL", e);
        }
    }

    /**
     * Deletes every object of the user (account deletion): lists {@code <prefix>/<userId>/} with ListObjectsV2
     * page by page and deletes each page with one DeleteObjects of at most 1,000 keys. Other users' objects are
     * never listed: the listing prefix ends with the user id and a {@code /}.
     *
     * @return how many objects were deleted
     * @throws IllegalStateException (as the Mono's error) when S3 reports keys it could not delete (its
     *         per-key errors); a retry deletes what is left
     */
    public Mono<Long> deleteAllOf(String userId) {
        String prefix = userPrefix(userId);
        return Flux.from(s3.listObjectsV2Paginator(r -> r.bucket(properties.bucket()).prefix(prefix)
                        .maxKeys(deleteBatch)))
                .onErrorMap(e -> translate(unwrap(e)))
                .concatMap(page -> {
                    List<ObjectIdentifier> keys = page.contents().stream().map(S3Object::key)
                            .map(key -> ObjectIdentifier.builder().key(key).build()).toList();
                    return keys.isEmpty() ? Mono.just(0L) : deleteBatch(keys);
                })
                .reduce(0L, Long::sum);
    }

    private Mono<Long> deleteBatch(List<ObjectIdentifier> keys) {
        return call(() -> s3.deleteObjects(r -> r.bucket(properties.bucket())
                        .delete(d -> d.objects(keys).quiet(true))))
                .map(response -> deleted(keys.size(), response));
    }

    private static long deleted(int requested, DeleteObjectsResponse response) {
        if (response.hasErrors() && !response.errors().isEmpty()) {
            throw new IllegalStateException("S3 could not delete " + response.errors().size() + " of " + requested
                    + " objects, e.g. " + response.errors().get(0).key() + ": " + response.errors().get(0).code());
        }
        return requested;
    }

    private String userPrefix(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("not a user id for an object key: " + userId);
        }
        return properties.prefix() + "/" + userId + "/";
    }

    private static String checkedHash(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + sha256);
        }
        return sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return Mono.fromFuture(request).onErrorMap(e -> translate(unwrap(e)));
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static Throwable translate(Throwable e) {
        return e instanceof SdkException && DynamoDbCalls.isUnavailable(e)
                ? new DependencyUnavailableException(STORE, e) : e;
    }
}
