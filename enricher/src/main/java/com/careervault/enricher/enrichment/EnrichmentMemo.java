package com.careervault.enricher.enrichment;

import com.careervault.contracts.dynamodb.EnrichmentsTable;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.enricher.dynamodb.DynamoDbProperties;
import com.careervault.enricher.eventlog.TransientRetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The enricher's memory of provider answers ({@code CareerVault-Enrichments}), by user and
 * {@code JobEnriched} event id: an input already answered is never sent to a provider again, whatever the
 * log delivers a second time (redelivery, a replay, a new consumer group). The first answer stored for an
 * event id wins (a conditional put), so two instances racing on the same input append the same event.
 */
@Component
public class EnrichmentMemo {

    private static final int BATCH_WRITE_MAX = 25;

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties tables;
    private final TransientRetry retry;
    private final EventCodec codec;
    private final Clock clock;

    public EnrichmentMemo(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TransientRetry retry,
            EventCodec codec, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tables = tables;
        this.retry = retry;
        this.codec = codec;
        this.clock = clock;
    }

    /** The stored result for this event id, if any (strongly consistent). */
    public Optional<JobEnriched> find(String userId, String eventId) {
        Map<String, AttributeValue> item = retry.call("reading the memo of " + eventId, () -> dynamoDb.getItem(get -> get
                .tableName(tables.enrichmentsTable())
                .key(key(userId, eventId))
                .consistentRead(true)).join().item());
        if (item == null || item.isEmpty() || item.get(EnrichmentsTable.RESULT) == null) {
            return Optional.empty();
        }
        return Optional.of(codec.mapper().readValue(item.get(EnrichmentsTable.RESULT).s(), JobEnriched.class));
    }

    /**
     * Stores a result unless one is already stored for the event id.
     *
     * @return the result that is stored now: {@code result}, or the one stored first
     */
    public JobEnriched remember(String userId, String eventId, JobEnriched result) {
        Map<String, AttributeValue> item = new HashMap<>(key(userId, eventId));
        item.put(EnrichmentsTable.RESULT, AttributeValue.fromS(codec.mapper().writeValueAsString(result)));
        item.put(EnrichmentsTable.CREATED_AT, AttributeValue.fromS(clock.instant().toString()));
        try {
            retry.call("storing the memo of " + eventId, () -> dynamoDb.putItem(put -> put
                    .tableName(tables.enrichmentsTable())
                    .item(item)
                    .conditionExpression("attribute_not_exists(#event_id)")
                    .expressionAttributeNames(Map.of("#event_id", EnrichmentsTable.EVENT_ID))).join());
            return result;
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConditionalCheckFailedException) {
                return find(userId, eventId).orElse(result);
            }
            throw e;
        }
    }

    /** Deletes every memo item of the user (account deletion). Idempotent. */
    public int forget(String userId) {
        int deleted = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = retry.call("listing the memo of " + userId, () -> dynamoDb.query(query -> query
                    .tableName(tables.enrichmentsTable())
                    .keyConditionExpression("#user_id = :user_id")
                    .expressionAttributeNames(Map.of("#user_id", EnrichmentsTable.USER_ID))
                    .expressionAttributeValues(Map.of(":user_id", AttributeValue.fromS(userId)))
                    .projectionExpression("#user_id, event_id")
                    .exclusiveStartKey(from)).join());
            List<WriteRequest> deletes = new ArrayList<>();
            for (Map<String, AttributeValue> item : page.items()) {
                deletes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(
                        key(userId, item.get(EnrichmentsTable.EVENT_ID).s()))).build());
            }
            for (int i = 0; i < deletes.size(); i += BATCH_WRITE_MAX) {
                deleteAll(deletes.subList(i, Math.min(deletes.size(), i + BATCH_WRITE_MAX)));
            }
            deleted += deletes.size();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return deleted;
    }

    /** A batch, with its unprocessed items written again until none is left. */
    private void deleteAll(List<WriteRequest> deletes) {
        Map<String, List<WriteRequest>> pending = Map.of(tables.enrichmentsTable(), deletes);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> batch = pending;
            Map<String, List<WriteRequest>> unprocessed = retry.call("deleting memo items",
                    () -> dynamoDb.batchWriteItem(write -> write.requestItems(batch)).join().unprocessedItems());
            pending = unprocessed == null ? Map.of() : unprocessed;
        }
    }

    private static Map<String, AttributeValue> key(String userId, String eventId) {
        return Map.of(EnrichmentsTable.USER_ID, AttributeValue.fromS(userId),
                EnrichmentsTable.EVENT_ID, AttributeValue.fromS(eventId));
    }
}
