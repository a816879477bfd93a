package com.careervault.api.ratelimits;

import com.careervault.api.aws.DynamoDbProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The rate limits' token buckets (Bucket4j), shared by every API instance through the rate-limit guard table
 * ({@link DynamoDbProxyManager}). A bucket is named by its key, {@code <limit>:<settings>#<subject>} (e.g.
 * {@code failed-sign-ins:5/PT15M#jdoe}): the settings are part of the name so that changed settings start
 * fresh buckets instead of meeting buckets stored with other ones.
 *
 * <p>Time is the injected {@link Clock} (the system clock; tests move their own). Errors: the store's
 * failures are {@code DependencyUnavailableException} (503).
 */
@Component
public class RateLimitBuckets {

    /** How a bucket fills up again. */
    enum Refill {
        /**
         * The whole limit comes back at once when the window has passed (Bucket4j's intervally refill): once
         * used up, nothing is allowed until then. The window starts with the first request of an idle subject.
         */
        WINDOW,
        /** One request's worth comes back every {@code window / limit} (Bucket4j's greedy refill): a smooth rate. */
        SMOOTH
    }

    private final AsyncProxyManager<String> buckets;

    @Autowired
    public RateLimitBuckets(DynamoDbAsyncClient dynamoDb, DynamoDbProperties dynamo, Clock clock) {
        this(dynamoDb, dynamo.rateLimitsTable(), clock);
    }

    RateLimitBuckets(DynamoDbAsyncClient dynamoDb, String table, Clock clock) {
        this.buckets = new DynamoDbProxyManager(dynamoDb, table,
                ClientSideConfig.getDefault().withClientClock(new ClockTimeMeter(clock))).asAsync();
    }

    /** Takes one request from the bucket {@code key}: the probe says whether it was allowed, and if not, how long to wait. */
    Mono<ConsumptionProbe> take(String key, RateLimitProperties.Limit limit, Refill refill) {
        return call(() -> bucket(key, limit, refill).tryConsumeAndReturnRemaining(1));
    }

    /** Whether one request would be allowed now, taking nothing. */
    Mono<EstimationProbe> peek(String key, RateLimitProperties.Limit limit, Refill refill) {
        return call(() -> bucket(key, limit, refill).estimateAbilityToConsume(1));
    }

    /** Takes one request if there is one left; an empty bucket stays as it is (refusing nothing). */
    Mono<Void> spend(String key, RateLimitProperties.Limit limit, Refill refill) {
        return call(() -> bucket(key, limit, refill).tryConsume(1)).then();
    }

    /** Key of the bucket of {@code subject} under the limit named {@code name}. */
    static String key(String name, RateLimitProperties.Limit limit, String subject) {
        return name + ":" + limit.id() + "#" + subject;
    }

    private AsyncBucketProxy bucket(String key, RateLimitProperties.Limit limit, Refill refill) {
        return buckets.builder().build(key, () -> CompletableFuture.completedFuture(configuration(limit, refill)));
    }

    static BucketConfiguration configuration(RateLimitProperties.Limit limit, Refill refill) {
        var capacity = Bandwidth.builder().capacity(limit.limit());
        Bandwidth bandwidth = switch (refill) {
            case WINDOW -> capacity.refillIntervally(limit.limit(), limit.window()).build();
            case SMOOTH -> capacity.refillGreedy(limit.limit(), limit.window()).build();
        };
        return BucketConfiguration.builder().addLimit(bandwidth).build();
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> call) {
        return Mono.fromFuture(call).onErrorMap(DynamoDbProxyManager::unwrap);
    }

    /** Bucket4j's time from a {@link Clock}: wall-clock nanoseconds since the epoch, as instances must share. */
    record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
