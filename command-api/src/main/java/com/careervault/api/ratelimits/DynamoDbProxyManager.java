package com.careervault.api.ratelimits;

import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.dynamodb.RateLimitsTable;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Bucket4j's distributed buckets kept in the {@link RateLimitsTable} guard table, so that every API instance
 * draws from the same buckets. Bucket4j 8 has no DynamoDB module on Maven Central for the AWS SDK v2, so this
 * plugs DynamoDB into its compare-and-swap extension point ({@link AbstractCompareAndSwapBasedProxyManager}):
 * Bucket4j reads the bucket's state ({@code state}, its own binary serialisation), applies the command
 * (consume, estimate) locally, and writes the new state back with a conditional PutItem, on
 * {@code attribute_not_exists(key)} for a new bucket and {@code state = :previous} otherwise. When another
 * instance wrote in between, the condition fails and Bucket4j reads again and retries, so no token is ever
 * spent twice.
 *
 * <p>{@code expires_at} (epoch seconds) is when the bucket is full again (Bucket4j's
 * {@link ExpirationAfterWriteStrategy#basedOnTimeForRefillingBucketUpToMax}): a full bucket is the same as no
 * bucket, so DynamoDB's TTL may delete it. TTL deletes lazily (typically within days), so an item past its
 * {@code expires_at} is read as absent and may be overwritten as a new bucket.
 *
 * <p>Reads are strongly consistent. Any failure of the store other than a failed condition is a
 * {@link DependencyUnavailableException} (503), as for the other guard tables. Both the asynchronous
 * (used by the API) and the synchronous Bucket4j API work; the synchronous one blocks on the asynchronous
 * client. Time comes from the {@link ClientSideConfig}'s clock (the instance's wall clock): clock skew between
 * instances shifts refills by at most the skew.
 */
final class DynamoDbProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

    static final String STORE = "rate limit store";

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final ExpirationAfterWriteStrategy expiration;

    DynamoDbProxyManager(DynamoDbAsyncClient dynamoDb, String table, ClientSideConfig config) {
        super(config.withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)));
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.expiration = getClientSideConfig().getExpirationAfterWriteStrategy().orElseThrow();
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return read(key, timeoutNanos);
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
                    RemoteBucketState newState, Optional<Long> timeoutNanos) {
                return write(key, originalData, newData, newState, timeoutNanos);
            }
        };
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return join(read(key, timeoutNanos));
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                return join(write(key, originalData, newData, newState, timeoutNanos));
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        join(removeAsync(key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return guarded(dynamoDb.deleteItem(delete -> delete.tableName(table).key(key(key)))).thenApply(deleted -> null);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return true;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** The bucket's state, or empty when there is none or it has expired (a full bucket). */
    private CompletableFuture<Optional<byte[]>> read(String key, Optional<Long> timeoutNanos) {
        long now = nowSeconds();
        return guarded(dynamoDb.getItem(get -> get.tableName(table).key(key(key)).consistentRead(true)
                        .overrideConfiguration(timeout(timeoutNanos))))
                .thenApply((GetItemResponse response) -> {
                    Map<String, AttributeValue> item = response.hasItem() ? response.item() : Map.of();
                    AttributeValue state = item.get(RateLimitsTable.STATE);
                    if (state == null || state.b() == null || expired(item, now)) {
                        return Optional.empty();
                    }
                    return Optional.of(state.b().asByteArray());
                });
    }

    /** True when written; false when the item is no longer {@code originalData} (another writer came first). */
    private CompletableFuture<Boolean> write(String key, byte[] originalData, byte[] newData,
            RemoteBucketState newState, Optional<Long> timeoutNanos) {
        long nowNanos = currentTimeNanos();
        long ttlMillis = expiration.calculateTimeToLiveMillis(newState, nowNanos);
        long expiresAt = TimeUnit.NANOSECONDS.toSeconds(nowNanos) + ceilSeconds(Math.max(0, ttlMillis));
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put(RateLimitsTable.STATE, AttributeValue.fromB(SdkBytes.fromByteArray(newData)));
        item.put(RateLimitsTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        String condition;
        if (originalData == null) {
            // new, or an expired bucket TTL has not deleted yet
            names.put("#key", RateLimitsTable.KEY);
            names.put("#expires", RateLimitsTable.EXPIRES_AT);
            values.put(":now", AttributeValue.fromN(Long.toString(TimeUnit.NANOSECONDS.toSeconds(nowNanos))));
            condition = "attribute_not_exists(#key) OR #expires < :now";
        } else {
            names.put("#state", RateLimitsTable.STATE);
            values.put(":previous", AttributeValue.fromB(SdkBytes.fromByteArray(originalData)));
            condition = "#state = :previous";
        }
        return dynamoDb.putItem(put -> put.tableName(table).item(item).conditionExpression(condition)
                        .expressionAttributeNames(names).expressionAttributeValues(values)
                        .overrideConfiguration(timeout(timeoutNanos)))
                .handle((written, failure) -> {
                    Throwable cause = unwrap(failure);
                    if (cause == null) {
                        return true;
                    }
                    if (cause instanceof ConditionalCheckFailedException) {
                        return false;
                    }
                    throw new CompletionException(unavailable(cause));
                });
    }

    private long nowSeconds() {
        return TimeUnit.NANOSECONDS.toSeconds(currentTimeNanos());
    }

    /** Expired even if TTL has not deleted it: {@code expires_at} is before now (seconds). */
    private static boolean expired(Map<String, AttributeValue> item, long nowSeconds) {
        AttributeValue expiresAt = item.get(RateLimitsTable.EXPIRES_AT);
        return expiresAt != null && expiresAt.n() != null && Long.parseLong(expiresAt.n()) < nowSeconds;
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of(RateLimitsTable.KEY, AttributeValue.fromS(key));
    }

    private static java.util.function.Consumer<AwsRequestOverrideConfiguration.Builder> timeout(
            Optional<Long> timeoutNanos) {
        return override -> timeoutNanos.ifPresent(nanos -> override.apiCallTimeout(Duration.ofNanos(nanos)));
    }

    private static <T> CompletableFuture<T> guarded(CompletableFuture<T> call) {
        return call.handle((result, failure) -> {
            if (failure != null) {
                throw new CompletionException(unavailable(unwrap(failure)));
            }
            return result;
        });
    }

    private static Throwable unavailable(Throwable failure) {
        return failure instanceof SdkException ? new DependencyUnavailableException(STORE, failure) : failure;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
