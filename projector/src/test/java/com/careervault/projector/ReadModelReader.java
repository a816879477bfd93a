package com.careervault.projector;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.devstack.DevStack;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Reads the read model straight from dynalite, as the command API would. */
public final class ReadModelReader implements AutoCloseable {

    private final DynamoDbClient dynamoDb = DevStack.shared().dynamoDb();

    public DynamoDbClient client() {
        return dynamoDb;
    }

    /** The job's item (live or tombstone), or an empty map. */
    public Map<String, AttributeValue> job(String userId, String jobId) {
        return job(Jobs.DEFAULT_TABLE, userId, jobId);
    }

    public Map<String, AttributeValue> job(String table, String userId, String jobId) {
        return dynamoDb.getItem(request -> request.tableName(table).consistentRead(true).key(Map.of(
                Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId)))).item();
    }

    public Map<String, AttributeValue> user(String userId) {
        return user(Users.DEFAULT_TABLE, userId);
    }

    public Map<String, AttributeValue> user(String table, String userId) {
        return dynamoDb.getItem(request -> request.tableName(table).consistentRead(true)
                .key(Map.of(Users.USER_ID, AttributeValue.fromS(userId)))).item();
    }

    /** Every item of the user in the jobs table, tombstones included, by job id. */
    public List<Map<String, AttributeValue>> jobsOf(String table, String userId) {
        return dynamoDb.query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#user = :user")
                .expressionAttributeNames(Map.of("#user", Jobs.USER_ID))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
                .build()).items();
    }

    /** Items of an index whose partition key equals {@code value}. */
    public List<Map<String, AttributeValue>> index(String index, String hashKey, String value) {
        return dynamoDb.query(QueryRequest.builder().tableName(Jobs.DEFAULT_TABLE).indexName(index)
                .keyConditionExpression("#key = :value")
                .expressionAttributeNames(Map.of("#key", hashKey))
                .expressionAttributeValues(Map.of(":value", AttributeValue.fromS(value)))
                .build()).items();
    }

    /** Every company search entry of the user (tombstones included), by entry key. */
    public List<Map<String, AttributeValue>> searchEntriesOf(String userId) {
        return searchEntriesOf(CompanySearch.DEFAULT_TABLE, userId);
    }

    public List<Map<String, AttributeValue>> searchEntriesOf(String table, String userId) {
        return dynamoDb.query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#user = :user")
                .expressionAttributeNames(Map.of("#user", CompanySearch.USER_ID))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
                .build()).items();
    }

    /** Job ids of a company search index query whose sort key begins with {@code prefix}, newest first. */
    public List<String> search(String index, String userId, String prefix) {
        String sortKey = CompanySearch.USER_KEY_INDEX.equals(index)
                ? CompanySearch.KEY_CREATED_AT : CompanySearch.KEY_STATUS_CREATED_AT;
        return dynamoDb.query(QueryRequest.builder().tableName(CompanySearch.DEFAULT_TABLE).indexName(index)
                .scanIndexForward(false)
                .keyConditionExpression("#user = :user AND begins_with(#sort, :prefix)")
                .expressionAttributeNames(Map.of("#user", CompanySearch.USER_ID, "#sort", sortKey))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId),
                        ":prefix", AttributeValue.fromS(prefix)))
                .build()).items().stream().map(item -> item.get(CompanySearch.JOB_ID).s()).toList();
    }

    /** Every tag index entry of the user (tombstones included). */
    public List<Map<String, AttributeValue>> tagEntriesOf(String table, String userId) {
        return dynamoDb.query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#user = :user")
                .expressionAttributeNames(Map.of("#user", JobTags.USER_ID))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId)))
                .build()).items();
    }

    /** Job ids of a tag index query whose sort key begins with {@code prefix}, newest first. */
    public List<String> tagged(String index, String userId, String prefix) {
        String sortKey = JobTags.USER_TAG_INDEX.equals(index) ? JobTags.TAG_CREATED_AT : JobTags.TAG_STATUS_CREATED_AT;
        return dynamoDb.query(QueryRequest.builder().tableName(JobTags.DEFAULT_TABLE).indexName(index)
                .scanIndexForward(false)
                .keyConditionExpression("#user = :user AND begins_with(#sort, :prefix)")
                .expressionAttributeNames(Map.of("#user", JobTags.USER_ID, "#sort", sortKey))
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(userId),
                        ":prefix", AttributeValue.fromS(prefix)))
                .build()).items().stream().map(item -> item.get(JobTags.JOB_ID).s()).toList();
    }

    @Override
    public void close() {
        dynamoDb.close();
    }
}
