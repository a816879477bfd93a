package com.careervault.api.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.DevStackDynamoDb;
import com.careervault.contracts.dynamodb.RateLimitsTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link DynamoDbProxyManager} against the devstack's DynamoDB (dynalite): two managers on two clients stand
 * for two API instances sharing the rate-limit guard table.
 */
@ExtendWith(DevStackExtension.class)
class DynamoDbProxyManagerTest {

    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");
    private static final BucketConfiguration FIVE_PER_MINUTE = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(5).refillIntervally(5, Duration.ofMinutes(1)).build())
            .build();

    private static DynamoDbAsyncClient first;
    private static DynamoDbAsyncClient second;

    private final MovableClock clock = new MovableClock(START);

    @BeforeAll
    static void clients(DevStack stack) {
        first = DevStackDynamoDb.client(stack);
        second = DevStackDynamoDb.client(stack);
        DevStackDynamoDb.ensureTable(first, RateLimitsTable.create(RateLimitsTable.DEFAULT_TABLE));
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    @Test
    void tokensTakenThroughOneInstanceAreGoneForTheOther() {
        String key = key();
        AsyncBucketProxy onA = manager(first).builder().build(key, () -> completed(FIVE_PER_MINUTE));
        AsyncBucketProxy onB = manager(second).builder().build(key, () -> completed(FIVE_PER_MINUTE));

        assertThat(onA.tryConsume(3).join()).isTrue();
        assertThat(onB.getAvailableTokens().join()).isEqualTo(2);
        assertThat(onB.tryConsume(2).join()).isTrue();
        assertThat(onA.tryConsume(1).join()).isFalse();
        assertThat(onB.tryConsume(1).join()).isFalse();
        assertThat(onA.estimateAbilityToConsume(1).join().getNanosToWaitForRefill())
                .isEqualTo(Duration.ofMinutes(1).toNanos());

        clock.advance(Duration.ofMinutes(1));
        assertThat(onB.tryConsume(5).join()).isTrue();
        assertThat(onA.tryConsume(1).join()).isFalse();
    }

    @Test
    void twentyConcurrentTakesOfAFiveTokenBucketAdmitExactlyFive() {
        String key = key();
        List<AsyncProxyManager<String>> instances = List.of(manager(first), manager(second));

        List<Boolean> admitted = Flux.range(0, 20)
                .flatMap(i -> Mono.fromFuture(() -> instances.get(i % 2).builder()
                        .build(key, () -> completed(FIVE_PER_MINUTE)).tryConsume(1)), 20)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(admitted).hasSize(20);
        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(5);
        assertThat(manager(first).builder().build(key, () -> completed(FIVE_PER_MINUTE)).getAvailableTokens().join())
                .isZero();
    }

    @Test
    void theItemHoldsTheStateAndExpiresWhenTheBucketIsFullAgain() {
        String key = key();
        AsyncBucketProxy bucket = manager(first).builder().build(key, () -> completed(FIVE_PER_MINUTE));
        assertThat(bucket.tryConsume(1).join()).isTrue();

        Map<String, AttributeValue> item = first.getItem(get -> get.tableName(RateLimitsTable.DEFAULT_TABLE)
                .key(Map.of(RateLimitsTable.KEY, AttributeValue.fromS(key))).consistentRead(true)).join().item();
        assertThat(item.get(RateLimitsTable.STATE).b().asByteArray()).isNotEmpty();
        // the interval refill brings the bucket back to full one minute after it was first used
        assertThat(item.get(RateLimitsTable.EXPIRES_AT).n()).isEqualTo(Long.toString(START.getEpochSecond() + 60));

        // an expired item TTL has not deleted yet is no bucket: not even read, written over as a new one
        first.putItem(put -> put.tableName(RateLimitsTable.DEFAULT_TABLE).item(Map.of(
                RateLimitsTable.KEY, AttributeValue.fromS(key),
                RateLimitsTable.STATE, AttributeValue.fromB(SdkBytes.fromUtf8String("not a bucket")),
                RateLimitsTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(START.getEpochSecond() - 1))))).join();
        assertThat(bucket.tryConsume(5).join()).isTrue();
        assertThat(bucket.getAvailableTokens().join()).isZero();

        manager(second).removeProxy(key).join();
        assertThat(bucket.getAvailableTokens().join()).isEqualTo(5);
    }

    private AsyncProxyManager<String> manager(DynamoDbAsyncClient client) {
        return new DynamoDbProxyManager(client, RateLimitsTable.DEFAULT_TABLE, ClientSideConfig.getDefault()
                .withClientClock(new RateLimitBuckets.ClockTimeMeter(clock))).asAsync();
    }

    private static CompletableFuture<BucketConfiguration> completed(BucketConfiguration configuration) {
        return CompletableFuture.completedFuture(configuration);
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
