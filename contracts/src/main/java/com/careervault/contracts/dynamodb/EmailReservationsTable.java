package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-EmailReservations}: a guard table of the command API that makes an email address
 * belong to at most one account. A GSI cannot enforce uniqueness and the Users table is written by
 * the projector after the fact, so sign-up and email change first put the address here with
 * {@code attribute_not_exists(email)} and only then touch Cognito.
 * <p>
 * Partition key {@link #EMAIL}: the canonical address ({@code Identifiers.canonicalEmail}). Attributes:
 * {@link #USERNAME} (canonical), {@link #USER_ID} (the Cognito {@code sub}, once the user exists),
 * {@link #RESERVED_AT} (ISO-8601). Login by email reads it with a strongly consistent GetItem.
 */
public final class EmailReservationsTable {

    public static final String DEFAULT_TABLE = "CareerVault-EmailReservations";

    public static final String EMAIL = "email";
    public static final String USERNAME = "username";
    public static final String USER_ID = "user_id";
    public static final String RESERVED_AT = "reserved_at";

    private EmailReservationsTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, EMAIL);
    }
}
