package com.careervault.api.calendar;

import static com.careervault.contracts.dynamodb.CalendarFeedsTable.CREATED_AT;
import static com.careervault.contracts.dynamodb.CalendarFeedsTable.FEED_PREFIX;
import static com.careervault.contracts.dynamodb.CalendarFeedsTable.ID;
import static com.careervault.contracts.dynamodb.CalendarFeedsTable.SECRET_HASH;
import static com.careervault.contracts.dynamodb.CalendarFeedsTable.USER_ID;
import static com.careervault.contracts.dynamodb.CalendarFeedsTable.USER_PREFIX;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.dynamodb.CalendarFeedsTable;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The users' subscription secrets in {@code CareerVault-CalendarFeeds} (layout in {@link CalendarFeedsTable}):
 * a {@code user#} item naming the current secret's hash and a {@code feed#<hash>} item naming its user.
 *
 * <p>DynamoDB transactions would write both at once, but the devstack's DynamoDB (dynalite) has no
 * TransactWriteItems, so the writes are ordered and the {@code user#} item is the one that decides: a secret
 * opens a feed only while its user's item names its hash ({@link #owner}). Creating or rotating writes the new
 * {@code feed#} item, then switches the {@code user#} item to it (conditional on the hash it read: the commit
 * point, after which the old secret opens nothing), then deletes the old {@code feed#} item; revoking deletes
 * the {@code user#} item first. A failure half-way leaves at most a {@code feed#} item nobody's {@code user#}
 * item names, which opens nothing and goes with the next rotation or revocation when it was the current one.
 * Every read is strongly consistent; a failed call is a 503 ({@link DynamoDbCalls}).
 */
@Component
public class CalendarFeedStore {

    private static final String STORE = "calendar feed store";

    private final DynamoDbAsyncClient dynamo;
    private final String table;

    CalendarFeedStore(DynamoDbAsyncClient dynamo, CalendarProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.feedsTable();
    }

    /** The user's current feed: its secret's hash and when the secret was made. */
    record Feed(String secretHash, Instant createdAt) {
    }

    /** A secret's owner and when the secret was made. */
    record Owner(String userId, Instant createdAt) {
    }

    Mono<Optional<Feed>> current(String userId) {
        return get(USER_PREFIX + userId).map(item -> item.map(found -> new Feed(found.get(SECRET_HASH).s(),
                Timestamps.parse(found.get(CREATED_AT).s()))));
    }

    /**
     * Makes {@code secretHash} the user's secret, replacing (killing) any earlier one. A rotation that ran at
     * the same moment and switched the user's item first makes this one start again on top of it: the last
     * to switch wins.
     */
    Mono<Feed> replace(String userId, String secretHash, Instant now) {
        Feed feed = new Feed(secretHash, now);
        Mono<Void> switchOver = Mono.defer(() -> current(userId).flatMap(old -> switchTo(userId, feed, old)
                        .then(old.map(previous -> delete(FEED_PREFIX + previous.secretHash()))
                                .orElseGet(Mono::empty))))
                .retryWhen(Retry.max(3).filter(ConditionalCheckFailedException.class::isInstance))
                .onErrorMap(Exceptions::isRetryExhausted, e -> new DependencyUnavailableException(STORE, e));
        return put(Map.of(ID, s(FEED_PREFIX + secretHash), USER_ID, s(userId), CREATED_AT, s(Timestamps.format(now))))
                .then(switchOver)
                .thenReturn(feed);
    }

    /** Removes the user's secret, if any; done also when there is none (account deletion repeats it). */
    public Mono<Void> revoke(String userId) {
        return current(userId).flatMap(old -> old.isEmpty() ? Mono.<Void>empty()
                : delete(USER_PREFIX + userId).then(delete(FEED_PREFIX + old.get().secretHash())));
    }

    /** Whose feed {@code secretHash} opens: empty for an unknown, rotated or revoked secret. */
    Mono<Optional<Owner>> owner(String secretHash) {
        return get(FEED_PREFIX + secretHash).flatMap(feed -> feed.isEmpty() ? Mono.just(Optional.<Owner>empty())
                : current(feed.get().get(USER_ID).s()).map(current -> current
                        .filter(user -> user.secretHash().equals(secretHash))
                        .map(user -> new Owner(feed.get().get(USER_ID).s(), user.createdAt()))));
    }

    private Mono<Void> switchTo(String userId, Feed feed, Optional<Feed> old) {
        Map<String, AttributeValue> item = Map.of(ID, s(USER_PREFIX + userId), SECRET_HASH, s(feed.secretHash()),
                CREATED_AT, s(Timestamps.format(feed.createdAt())));
        // DynamoDB refuses a placeholder the expression does not use
        return call(() -> dynamo.putItem(r -> {
            r.tableName(table).item(item);
            if (old.isPresent()) {
                r.conditionExpression("#hash = :old").expressionAttributeNames(Map.of("#hash", SECRET_HASH))
                        .expressionAttributeValues(Map.of(":old", s(old.get().secretHash())));
            } else {
                r.conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id", ID));
            }
        })).then();
    }

    private Mono<Optional<Map<String, AttributeValue>>> get(String id) {
        return call(() -> dynamo.getItem(r -> r.tableName(table).key(Map.of(ID, s(id))).consistentRead(true)))
                .map(response -> response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item())
                        : Optional.empty());
    }

    private Mono<Void> put(Map<String, AttributeValue> item) {
        return call(() -> dynamo.putItem(r -> r.tableName(table).item(item))).then();
    }

    private Mono<Void> delete(String id) {
        return call(() -> dynamo.deleteItem(r -> r.tableName(table).key(Map.of(ID, s(id))))).then();
    }

    /** Keys are built from the token's subject and hashes only: nothing the client sent can be refused. */
    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.conditionalCall(STORE, request);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
