package com.careervault.api.support;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.devstack.DevStack;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Jobs written to the read model's jobs table as the projector writes them, for API tests that run without a
 * projector (with {@link ProjectorGroup} standing in for its committed offset).
 */
public final class ReadModelJobs {

    private ReadModelJobs() {
    }

    /**
     * A live job's item with the attributes every job has: its keys, company, position, status, {@code created_at}
     * (RFC 3339 UTC, microseconds) and the position on the events topic it was applied from (partition 0,
     * {@code offset}). The map is mutable: a test adds or replaces attributes before {@link #put}.
     */
    public static Map<String, AttributeValue> job(String userId, String jobId, String company, String position,
            String status, String createdAt, long offset) {
        return new HashMap<>(Map.of(
                Jobs.USER_ID, AttributeValue.fromS(userId),
                Jobs.JOB_ID, AttributeValue.fromS(jobId),
                Jobs.COMPANY, AttributeValue.fromS(company),
                Jobs.POSITION, AttributeValue.fromS(position),
                Jobs.STATUS, AttributeValue.fromS(status),
                Jobs.CREATED_AT, AttributeValue.fromS(createdAt),
                Position.PARTITION, AttributeValue.fromN("0"),
                Position.OFFSET, AttributeValue.fromN(Long.toString(offset))));
    }

    /** Writes (or replaces) the item in the shared stack's jobs table. */
    public static void put(Map<String, AttributeValue> item) {
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(item));
    }
}
