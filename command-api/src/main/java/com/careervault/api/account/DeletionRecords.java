package com.careervault.api.account;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.quotas.QuotaProperties;
import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The account's items in the API's per-account guard table ({@code CareerVault-Quotas}): the deletion marker
 * and, at the end of a deletion, every item of the account.
 *
 * <p>The marker ({@code guard = account-deletion}) is written after the password was checked and before
 * {@code UserDeleted} is appended. It keeps what a repeated {@code DELETE /api/me} needs once the Cognito
 * user is gone (the username and the address whose reservation is to be released), and it is the proof
 * that the deletion was started with the password: a caller whose Cognito user is gone may finish a
 * deletion only when the marker exists. {@link #forget} removes it last of the account's guard items.
 */
@Component
class DeletionRecords {

    static final String DELETION_GUARD = "account-deletion";
    static final String USERNAME = "username";
    static final String EMAIL = "email";
    static final String STARTED_AT = "started_at";

    /** What a started deletion still needs: the pool username and the address held by the account. */
    record Deletion(String username, String email) {
    }

    private final DynamoDbAsyncClient dynamo;
    private final String table;
    private final Clock clock;

    DeletionRecords(DynamoDbAsyncClient dynamo, QuotaProperties quotas, Clock clock) {
        this.dynamo = dynamo;
        this.table = quotas.table();
        this.clock = clock;
    }

    /** Records that the user's deletion starts (overwrites an earlier marker: same user, same facts). */
    Mono<Void> begin(String userId, Deletion deletion) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(userId, DELETION_GUARD));
        item.put(USERNAME, AttributeValue.fromS(deletion.username()));
        if (deletion.email() != null) {
            item.put(EMAIL, AttributeValue.fromS(deletion.email()));
        }
        item.put(STARTED_AT, AttributeValue.fromS(clock.instant().toString()));
        return call(() -> dynamo.putItem(r -> r.tableName(table).item(item))).then();
    }

    /** The started deletion of the user (strongly consistent read); empty when none was started or it ended. */
    Mono<Optional<Deletion>> find(String userId) {
        return call(() -> dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(key(userId, DELETION_GUARD))))
                .map(response -> response.hasItem() && response.item().containsKey(USERNAME)
                        ? Optional.of(new Deletion(response.item().get(USERNAME).s(),
                                response.item().containsKey(EMAIL) ? response.item().get(EMAIL).s() : null))
                        : Optional.empty());
    }

    /**
     * Deletes every guard item of the account (live-job counter, job markers, create-rate state), the
     * deletion marker last, so that an interrupted call leaves the marker for the next attempt.
     */
    Mono<Void> forget(String userId) {
        return keys(userId)
                .filter(key -> !DELETION_GUARD.equals(key.get(Quotas.GUARD).s()))
                .concatMap(key -> call(() -> dynamo.deleteItem(r -> r.tableName(table).key(key))), 8)
                .then(call(() -> dynamo.deleteItem(r -> r.tableName(table).key(key(userId, DELETION_GUARD)))))
                .then();
    }

    private Flux<Map<String, AttributeValue>> keys(String userId) {
        return page(userId, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(userId, response.lastEvaluatedKey()) : Mono.empty(), 1)
                .concatMapIterable(response -> {
                    List<Map<String, AttributeValue>> keys = new ArrayList<>();
                    response.items().forEach(item -> keys.add(key(userId, item.get(Quotas.GUARD).s())));
                    return keys;
                });
    }

    private Mono<QueryResponse> page(String userId, Map<String, AttributeValue> start) {
        return call(() -> dynamo.query(r -> r.tableName(table).consistentRead(true).exclusiveStartKey(start)
                .keyConditionExpression("#u = :u").projectionExpression("#u, #g")
                .expressionAttributeNames(Map.of("#u", Quotas.USER_ID, "#g", Quotas.GUARD))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))));
    }

    private static Map<String, AttributeValue> key(String userId, String guard) {
        return Map.of(Quotas.USER_ID, AttributeValue.fromS(userId), Quotas.GUARD, AttributeValue.fromS(guard));
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.call("account guard store", null, request);
    }
}
