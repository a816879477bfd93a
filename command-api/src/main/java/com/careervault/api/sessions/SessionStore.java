package com.careervault.api.sessions;

import static com.careervault.contracts.dynamodb.SessionsTable.CREATED_AT;
import static com.careervault.contracts.dynamodb.SessionsTable.EPOCH;
import static com.careervault.contracts.dynamodb.SessionsTable.EXPIRES_AT;
import static com.careervault.contracts.dynamodb.SessionsTable.ID;
import static com.careervault.contracts.dynamodb.SessionsTable.REVOKED_AT;
import static com.careervault.contracts.dynamodb.SessionsTable.SESSION_ID;
import static com.careervault.contracts.dynamodb.SessionsTable.USER_ID;
import static com.careervault.contracts.dynamodb.SessionsTable.USER_PREFIX;

import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.api.problems.DependencyUnavailableException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Reads and conditional writes of {@code CareerVault-Sessions} (item layout in
 * {@link com.careervault.contracts.dynamodb.SessionsTable}). Every read is strongly
 * consistent: a session written by one request is seen by the next. Failures to reach
 * DynamoDB complete exceptionally with {@link DependencyUnavailableException}.
 */
@Component
class SessionStore {

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;

    SessionStore(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties) {
        this.dynamoDb = dynamoDb;
        this.table = properties.sessionsTable();
    }

    /** A session as recorded; {@code revoked} once it was signed out. */
    record Session(String userId, long epoch, boolean revoked) {
    }

    /** Which session an access token (by its mapping key) belongs to. */
    record Mapping(String sessionId, String userId) {
    }

    CompletableFuture<Optional<Session>> session(String sessionId) {
        return get(sessionId, item -> new Session(item.get(USER_ID).s(), Long.parseLong(item.get(EPOCH).n()),
                item.containsKey(REVOKED_AT)));
    }

    CompletableFuture<Optional<Mapping>> mapping(String mappingKey) {
        return get(mappingKey, item -> new Mapping(item.get(SESSION_ID).s(), item.get(USER_ID).s()));
    }

    /** The user's sign-out epoch: 0 until they first log out everywhere. */
    CompletableFuture<Long> epoch(String userId) {
        return get(USER_PREFIX + userId, item -> Long.parseLong(item.get(EPOCH).n()))
                .thenApply(epoch -> epoch.orElse(0L));
    }

    /** Records a new session; one that exists already (same refresh token) is left as it is, revoked or not. */
    CompletableFuture<Void> createSession(String sessionId, String userId, long epoch, Instant now, Instant expiresAt) {
        return written(call(dynamoDb.putItem(r -> r.tableName(table)
                        .item(Map.of(ID, s(sessionId), USER_ID, s(userId), EPOCH, n(epoch), CREATED_AT,
                                s(now.toString()), EXPIRES_AT, n(expiresAt.getEpochSecond())))
                        .conditionExpression("attribute_not_exists(#id)")
                        .expressionAttributeNames(Map.of("#id", ID)))))
                .thenApply(created -> null);
    }

    /**
     * Maps an access token (on AWS: its sign-in's {@code origin_jti}) to its session. Unconditional:
     * rewriting the same mapping is harmless, and after a refresh-token rotation the new session
     * takes an {@code origin_jti} mapping over before the old session is revoked.
     */
    CompletableFuture<Void> map(IssuedToken token, String sessionId) {
        return call(dynamoDb.putItem(r -> r.tableName(table)
                .item(Map.of(ID, s(token.mappingKey()), SESSION_ID, s(sessionId), USER_ID, s(token.userId()),
                        EXPIRES_AT, n(token.expiresAt().getEpochSecond()))))).thenApply(done -> null);
    }

    /** Marks a recorded session revoked; returns false when no such session was recorded. */
    CompletableFuture<Boolean> revoke(String sessionId, Instant now) {
        return written(call(dynamoDb.updateItem(r -> r.tableName(table)
                        .key(Map.of(ID, s(sessionId)))
                        .updateExpression("SET #revoked = if_not_exists(#revoked, :now)")
                        .conditionExpression("attribute_exists(#id)")
                        .expressionAttributeNames(Map.of("#revoked", REVOKED_AT, "#id", ID))
                        .expressionAttributeValues(Map.of(":now", s(now.toString()))))));
    }

    /** Raises the user's sign-out epoch by one, atomically; returns the new epoch. */
    CompletableFuture<Long> raiseEpoch(String userId) {
        return call(dynamoDb.updateItem(r -> r.tableName(table)
                        .key(Map.of(ID, s(USER_PREFIX + userId)))
                        .updateExpression("ADD #epoch :one")
                        .expressionAttributeNames(Map.of("#epoch", EPOCH))
                        .expressionAttributeValues(Map.of(":one", n(1)))
                        .returnValues(ReturnValue.UPDATED_NEW)))
                .thenApply(response -> Long.parseLong(response.attributes().get(EPOCH).n()));
    }

    /**
     * Moves a session to sign-out epoch {@code epoch} (only ever upwards), so that raising the user's epoch
     * to it leaves this session open; returns false when no such session was recorded.
     */
    CompletableFuture<Boolean> keepThrough(String sessionId, long epoch) {
        return written(call(dynamoDb.updateItem(r -> r.tableName(table)
                        .key(Map.of(ID, s(sessionId)))
                        .updateExpression("SET #epoch = :epoch")
                        .conditionExpression("attribute_exists(#id) AND #epoch < :epoch")
                        .expressionAttributeNames(Map.of("#epoch", EPOCH, "#id", ID))
                        .expressionAttributeValues(Map.of(":epoch", n(epoch))))));
    }

    private <T> CompletableFuture<Optional<T>> get(String id, Function<Map<String, AttributeValue>, T> read) {
        return call(dynamoDb.getItem(r -> r.tableName(table).key(Map.of(ID, s(id))).consistentRead(true)))
                .thenApply(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(read.apply(response.item()))
                        : Optional.empty());
    }

    /** True once a conditional write is made, false when its condition failed; other failures pass on. */
    private static CompletableFuture<Boolean> written(CompletableFuture<?> write) {
        return write.handle((done, e) -> {
            if (e == null) {
                return true;
            }
            if (unwrap(e) instanceof ConditionalCheckFailedException) {
                return false;
            }
            throw new CompletionException(unwrap(e));
        });
    }

    /** Conditional-check failures pass through (callers decide); anything else is an outage of the session store. */
    private static <T> CompletableFuture<T> call(CompletableFuture<T> request) {
        return request.exceptionally(e -> {
            Throwable cause = unwrap(e);
            if (cause instanceof ConditionalCheckFailedException) {
                throw new CompletionException(cause);
            }
            throw new CompletionException(new DependencyUnavailableException("session store", cause));
        });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
