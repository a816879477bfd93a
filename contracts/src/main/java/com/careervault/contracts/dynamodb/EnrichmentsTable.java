package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@code CareerVault-Enrichments} ({@code DYNAMODB_ENRICHMENTS_TABLE}): the enricher's memory of every
 * provider answer it has had, so that redelivery, a replay of the log or a rebuild never asks a provider twice
 * for the same input. Written and read only by the enricher; not part of the read model. Partition key
 * {@link #USER_ID}, sort key {@link #EVENT_ID} ({@code EnrichmentInputs.eventId}); {@link #RESULT} holds the
 * {@code JobEnriched} data as JSON, {@link #CREATED_AT} an ISO-8601 instant. A user's items are deleted when
 * the user is ({@code UserDeleted}).
 */
public final class EnrichmentsTable {

    public static final String DEFAULT_TABLE = "CareerVault-Enrichments";

    public static final String USER_ID = "user_id";
    public static final String EVENT_ID = "event_id";
    public static final String RESULT = "result";
    public static final String CREATED_AT = "created_at";

    private EnrichmentsTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(USER_ID).attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder().attributeName(EVENT_ID).attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(KeySchemaElement.builder().attributeName(USER_ID).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(EVENT_ID).keyType(KeyType.RANGE).build())
                .build();
    }
}
