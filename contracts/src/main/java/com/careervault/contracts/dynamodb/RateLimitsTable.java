package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-RateLimits}: a guard table of the command API holding the token buckets of its
 * rate limits, shared by every API instance. Partition key {@link #KEY} ({@code <limit>#<subject>},
 * e.g. {@code failed-login#jdoe}); {@link #STATE} is the bucket's state as Bucket4j serialises it,
 * replaced with a conditional write on its previous value (compare-and-swap); {@link #EXPIRES_AT}
 * (epoch seconds) lets DynamoDB's TTL remove buckets that are full again.
 */
public final class RateLimitsTable {

    public static final String DEFAULT_TABLE = "CareerVault-RateLimits";

    public static final String KEY = "key";
    public static final String STATE = "state";
    public static final String EXPIRES_AT = "expires_at";

    private RateLimitsTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, KEY);
    }
}
