package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-DataKeys}: each user's data key, which encrypts the personal fields of their events
 * (crypto-shredding, docs/privacy.md). Partition key {@link #USER_ID} (the Cognito {@code sub}). A live item
 * has {@link #WRAPPED_KEY} (binary: the user's Tink keyset, encrypted by the master key with the user id as
 * associated data / KMS encryption context) and {@link #CREATED_AT}; a deleted user's item keeps only
 * {@link #DELETED_AT}, so that no new key is ever made for that user. Both ISO-8601 instants.
 */
public final class DataKeysTable {

    public static final String DEFAULT_TABLE = "CareerVault-DataKeys";

    public static final String USER_ID = "user_id";
    public static final String WRAPPED_KEY = "wrapped_key";
    public static final String CREATED_AT = "created_at";
    public static final String DELETED_AT = "deleted_at";

    private DataKeysTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, USER_ID);
    }
}
