package com.careervault.enricher;

import com.careervault.contracts.dynamodb.EnrichmentsTable;
import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.devstack.DevStack;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The tables around the enricher, written directly as their owners would: the resumes as the command API
 * stores them, job items as the projector writes them (ReadModel names; the projector is not in this module).
 */
public final class Tables implements AutoCloseable {

    private final DynamoDbClient dynamoDb = DevStack.shared().dynamoDb();

    /** The projector's jobs table, which the enricher reads: made before the enricher starts. */
    public static void ensureJobsTable() {
        try (DynamoDbClient dynamoDb = DevStack.shared().dynamoDb()) {
            dynamoDb.createTable(ReadModelTables.jobs(Jobs.DEFAULT_TABLE));
            dynamoDb.waiter().waitUntilTableExists(table -> table.tableName(Jobs.DEFAULT_TABLE));
        } catch (ResourceInUseException exists) {
            // made earlier in this JVM
        }
    }

    public void putResume(String userId, String text) {
        dynamoDb.putItem(put -> put.tableName(ResumesTable.DEFAULT_TABLE).item(Map.of(
                ResumesTable.USER_ID, AttributeValue.fromS(userId),
                ResumesTable.RESUME_TEXT, AttributeValue.fromS(text),
                ResumesTable.RESUME_HASH, AttributeValue.fromS(EnrichmentInputs.hash(text)),
                ResumesTable.LENGTH, AttributeValue.fromN(Integer.toString(text.codePointCount(0, text.length()))),
                ResumesTable.UPDATED_AT, AttributeValue.fromS(Instant.now().toString()))));
    }

    /**
     * A live job item with a description, as the projector writes it.
     *
     * @param aiEventId the event id of its {@code ai} map; null for none
     */
    public void putJob(String userId, String jobId, String company, String position, String description,
            Instant createdAt, int partition, long offset, String aiEventId) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Jobs.USER_ID, AttributeValue.fromS(userId));
        item.put(Jobs.JOB_ID, AttributeValue.fromS(jobId));
        item.put(Jobs.COMPANY, AttributeValue.fromS(company));
        item.put(Jobs.POSITION, AttributeValue.fromS(position));
        item.put(Jobs.STATUS, AttributeValue.fromS("Applied"));
        item.put(Jobs.CREATED_AT, AttributeValue.fromS(createdAt.toString()));
        item.put(Jobs.STATUS_CREATED_AT, AttributeValue.fromS("Applied#" + createdAt));
        item.put(Jobs.JOB_DESCRIPTION, AttributeValue.fromS(description));
        item.put(Jobs.JOB_DESCRIPTION_HASH, AttributeValue.fromS(EnrichmentInputs.hash(description)));
        item.put(Position.PARTITION, AttributeValue.fromN(Integer.toString(partition)));
        item.put(Position.OFFSET, AttributeValue.fromN(Long.toString(offset)));
        if (aiEventId != null) {
            item.put(Jobs.AI, AttributeValue.fromM(Map.of(Ai.EVENT_ID, AttributeValue.fromS(aiEventId))));
        }
        dynamoDb.putItem(put -> put.tableName(Jobs.DEFAULT_TABLE).item(item));
    }

    /** A live job item showing a result of {@code provider} with the event id {@code aiEventId}. */
    public void putEnrichedJob(String userId, String jobId, String description, Instant createdAt, String provider,
            String aiEventId) {
        putJob(userId, jobId, "Co " + jobId, "Engineer", description, createdAt, 0, 0, aiEventId);
        dynamoDb.updateItem(update -> update.tableName(Jobs.DEFAULT_TABLE)
                .key(Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId)))
                .updateExpression("SET #ai.#provider = :provider")
                .expressionAttributeNames(Map.of("#ai", Jobs.AI, "#provider", Ai.PROVIDER))
                .expressionAttributeValues(Map.of(":provider", AttributeValue.fromS(provider))));
    }

    public void deleteJob(String userId, String jobId) {
        dynamoDb.deleteItem(delete -> delete.tableName(Jobs.DEFAULT_TABLE)
                .key(Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId))));
    }

    /** The provider the enricher's marker item records (user_id "#enricher", event_id "provider"); null when none. */
    public String markedProvider() {
        Map<String, AttributeValue> item = dynamoDb.getItem(get -> get.tableName(EnrichmentsTable.DEFAULT_TABLE)
                .key(markerKey()).consistentRead(true)).item();
        return item == null || item.get("provider") == null ? null : item.get("provider").s();
    }

    /** Records a provider in the marker item, as a finished sweep with it would have. */
    public void putMarker(String provider) {
        Map<String, AttributeValue> item = new HashMap<>(markerKey());
        item.put("provider", AttributeValue.fromS(provider));
        dynamoDb.putItem(put -> put.tableName(EnrichmentsTable.DEFAULT_TABLE).item(item));
    }

    public void deleteMarker() {
        dynamoDb.deleteItem(delete -> delete.tableName(EnrichmentsTable.DEFAULT_TABLE).key(markerKey()));
    }

    private static Map<String, AttributeValue> markerKey() {
        return Map.of(EnrichmentsTable.USER_ID, AttributeValue.fromS("#enricher"),
                EnrichmentsTable.EVENT_ID, AttributeValue.fromS("provider"));
    }

    /** The event ids of the user's memo items. */
    public List<String> memo(String userId) {
        return dynamoDb.query(query -> query.tableName(EnrichmentsTable.DEFAULT_TABLE)
                .keyConditionExpression("user_id = :user")
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
                .consistentRead(true))
                .items().stream().map(item -> item.get(EnrichmentsTable.EVENT_ID).s()).toList();
    }

    @Override
    public void close() {
        dynamoDb.close();
    }
}
