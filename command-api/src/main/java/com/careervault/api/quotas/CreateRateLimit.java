package com.careervault.api.quotas;

import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One account's create rate as a GCRA (generic cell rate algorithm, ITU-T I.371; the same admissions as a
 * token bucket of capacity {@code burst} refilled at {@code limit / period}), kept in one guard-table item
 * so that every API instance draws from the same bucket. The item holds the theoretical arrival time
 * (TAT): admitting {@code n} creates moves it to {@code max(TAT, now) + n·T} ({@code T = period / limit})
 * and is allowed while that stays within {@code burst·T} of now. Each admission is one conditional
 * UpdateItem, so two instances can never both take the last token; a refusal reads the TAT once to say
 * when to retry.
 */
final class CreateRateLimit {

    private final GuardTable table;
    private final QuotaProperties.CreateRate rate;
    private final Clock clock;

    CreateRateLimit(GuardTable table, QuotaProperties.CreateRate rate, Clock clock) {
        this.table = table;
        this.rate = rate;
        this.clock = clock;
    }

    /** Completes when {@code count} creates are admitted; fails with {@link CreateRateExceededException} otherwise. */
    Mono<Void> take(String userId, int count) {
        if (count < 1 || count > rate.burst()) {
            return Mono.error(new IllegalArgumentException("admit 1 to " + rate.burst() + " creates at a time, not "
                    + count));
        }
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        long cost = count * rate.emissionIntervalMicros();
        // the latest TAT that still leaves room for `count` more within the burst
        long latest = now + (rate.burst() - count) * rate.emissionIntervalMicros();
        Map<String, AttributeValue> key = table.key(userId, Quotas.CREATE_RATE_GUARD);
        Mono<Void> afterIdle = table.update(builder -> builder.key(key)
                .updateExpression("SET #tat = :next")
                .conditionExpression("attribute_not_exists(#tat) OR #tat <= :now")
                .expressionAttributeNames(Map.of("#tat", Quotas.THEORETICAL_ARRIVAL))
                .expressionAttributeValues(Map.of(":next", number(now + cost), ":now", number(now))));
        Mono<Void> withinBurst = table.update(builder -> builder.key(key)
                .updateExpression("ADD #tat :cost")
                .conditionExpression("#tat <= :latest")
                .expressionAttributeNames(Map.of("#tat", Quotas.THEORETICAL_ARRIVAL))
                .expressionAttributeValues(Map.of(":cost", number(cost), ":latest", number(latest))));
        Mono<Void> refuse = table.get(key).flatMap(item -> {
            AttributeValue tat = item.get(Quotas.THEORETICAL_ARRIVAL);
            long wait = tat == null ? 1_000_000 : Long.parseLong(tat.n()) - latest;
            return Mono.error(new CreateRateExceededException(rate, Duration.of(Math.max(wait, 1), ChronoUnit.MICROS)));
        });
        return afterIdle
                .onErrorResume(ConditionalCheckFailedException.class, busy -> withinBurst
                        .onErrorResume(ConditionalCheckFailedException.class, full -> refuse));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
