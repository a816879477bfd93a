package com.careervault.projector.erasure;

import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The marks of deleted users, kept for good in {@code CareerVault-Users}: one item per deleted user whose
 * partition key is {@code deleted-user#} followed by the SHA-256 (hex) of the user id, with the deletion's
 * time and log position and nothing else. Keyed by the hash, not the id, so that no item of the read model
 * holds a deleted user's id; the id is a random UUID, so the hash cannot be turned back into it.
 *
 * <p>A tombstone is what stops a replay (or a late event) from writing a deleted user's items again:
 * every poll asks {@link #among} which of its users are deleted, and their events are skipped. It is never
 * removed: the event log is kept forever, and events written before encryption existed stay readable.
 */
@Component
public class UserTombstones {

    static final String KEY_PREFIX = "deleted-user#";
    /** On a tombstone: when the user was deleted (the {@code UserDeleted} event's time, RFC 3339). */
    static final String DELETED_AT = "deleted_at";
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;

    public UserTombstones(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables) {
        this.dynamoDb = dynamoDb;
        this.table = tables.usersTable();
    }

    /** The tombstone's partition key for a user id. */
    public static String keyOf(String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return KEY_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Writes the user's tombstone, conditional on the log position like every projected item: APPLIED
     * when written, SKIPPED when a tombstone from this event or a later one is there already (a
     * redelivery, a replay, or the user's second {@code UserDeleted}).
     */
    CompletableFuture<ProjectionOutcome> put(String userId, Instant deletedAt, LogPosition position) {
        ItemUpdate update = new ItemUpdate().set(DELETED_AT, AttributeValue.fromS(Timestamps.format(deletedAt)));
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table,
                Map.of(Users.USER_ID, AttributeValue.fromS(keyOf(userId))), position, LogPosition.IS_NEWER_THAN_ITEM)));
    }

    /**
     * Which of {@code userIds} are deleted (strongly consistent reads, 100 keys a call; throttled keys are
     * asked again). Fails as DynamoDB does.
     */
    public CompletableFuture<Set<String>> among(Collection<String> userIds) {
        Map<String, String> byKey = new HashMap<>();
        userIds.forEach(id -> byKey.put(keyOf(id), id));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        byKey.keySet().forEach(key -> keys.add(Map.of(Users.USER_ID, AttributeValue.fromS(key))));
        Set<String> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            calls.add(batchGet(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT)), byKey, deleted, 0));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> new HashSet<>(deleted));
    }

    private CompletableFuture<Void> batchGet(List<Map<String, AttributeValue>> keys, Map<String, String> byKey,
            Set<String> deleted, int attempt) {
        return dynamoDb.batchGetItem(r -> r.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys)
                        .consistentRead(true).projectionExpression("#u")
                        .expressionAttributeNames(Map.of("#u", Users.USER_ID)).build())))
                .thenCompose(response -> {
                    response.responses().getOrDefault(table, List.of())
                            .forEach(item -> deleted.add(byKey.get(item.get(Users.USER_ID).s())));
                    List<Map<String, AttributeValue>> left = unprocessed(response);
                    if (left.isEmpty()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    long pause = 50L << Math.min(attempt, 5);
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS))
                            .thenCompose(ignored -> batchGet(left, byKey, deleted, attempt + 1));
                });
    }

    private List<Map<String, AttributeValue>> unprocessed(BatchGetItemResponse response) {
        KeysAndAttributes left = response.unprocessedKeys().get(table);
        return left == null || !left.hasKeys() ? List.of() : left.keys();
    }

}
