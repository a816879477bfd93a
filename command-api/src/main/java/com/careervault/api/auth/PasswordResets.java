package com.careervault.api.auth;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.quotas.QuotaProperties;
import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Makes each password-reset link work once. The reset id (the link token's {@code jti}) is consumed with a
 * conditional put of the item {@code (user_id, guard = "password-reset#<resetId>")} in the API's quota
 * guard table ({@code careervault.quotas.table}): of two uses of one link exactly one writes it. Store
 * failures are {@link DependencyUnavailableException} (503).
 */
@Component
class PasswordResets {

    /** {@code guard} prefix of a consumed reset id in the quota guard table. */
    static final String GUARD_PREFIX = "password-reset#";
    private static final String USED_AT = "used_at";

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final Clock clock;

    PasswordResets(DynamoDbAsyncClient dynamoDb, QuotaProperties quotas, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = quotas.table();
        this.clock = clock;
    }

    /** Consumes the reset id: true the first time, false when it was used already. */
    Mono<Boolean> consume(String userId, String resetId) {
        return call(() -> dynamoDb.putItem(r -> r.tableName(table)
                        .item(Map.of(Quotas.USER_ID, s(userId), Quotas.GUARD, s(GUARD_PREFIX + resetId),
                                USED_AT, s(clock.instant().toString())))
                        .conditionExpression("attribute_not_exists(#guard)")
                        .expressionAttributeNames(Map.of("#guard", Quotas.GUARD))))
                .thenReturn(true)
                .onErrorResume(ConditionalCheckFailedException.class, e -> Mono.just(false));
    }

    /** Gives a consumed reset id back, when the reset it was consumed for could not be completed. */
    Mono<Void> restore(String userId, String resetId) {
        return call(() -> dynamoDb.deleteItem(r -> r.tableName(table)
                .key(Map.of(Quotas.USER_ID, s(userId), Quotas.GUARD, s(GUARD_PREFIX + resetId))))).then();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.conditionalCall("password resets", request);
    }
}
