package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@code CareerVault-Documents} ({@code DOCUMENTS_TABLE}): each user's document library (docs/documents.md).
 * Written only by the command API, like the resumes table: the names it holds (the document's and the file's)
 * are user content that must be deletable, so they stay out of the event log, which gets
 * {@code careervault.document.version-added.v1} with ids, hash, size and types only.
 * <p>
 * Partition key {@link #USER_ID}, sort key {@link #ITEM}; one user's items are:
 * <ul>
 * <li>{@link #USAGE_ITEM}: {@link #USED_BYTES}, the bytes of every version the user has (a guard: reserved with
 * a conditional update before an upload is stored, released when it fails);</li>
 * <li>{@code doc#<document_id>}: {@link #NAME}, {@link #KIND}, {@link #VERSION_COUNT} (the last version's
 * number), {@link #CREATED_AT}, {@link #UPDATED_AT};</li>
 * <li>{@code doc#<document_id>#v#<number, 6 digits>}: {@link #SHA256}, {@link #SIZE}, {@link #MEDIA_TYPE},
 * {@link #FILE_NAME} (sanitized), {@link #CREATED_AT}.</li>
 * </ul>
 * A document's items sort together, its versions in order, so one Query lists the library.
 */
public final class DocumentsTable {

    public static final String DEFAULT_TABLE = "CareerVault-Documents";

    public static final String USER_ID = "user_id";
    public static final String ITEM = "item";

    public static final String USAGE_ITEM = "usage";
    public static final String DOCUMENT_PREFIX = "doc#";
    public static final String VERSION_INFIX = "#v#";

    public static final String USED_BYTES = "used_bytes";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String VERSION_COUNT = "version_count";
    public static final String SHA256 = "sha256";
    public static final String SIZE = "size";
    public static final String MEDIA_TYPE = "media_type";
    public static final String FILE_NAME = "file_name";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    private DocumentsTable() {
    }

    /** The sort key of a document's item. */
    public static String documentItem(String documentId) {
        return DOCUMENT_PREFIX + documentId;
    }

    /** The sort key of a version's item; the number is zero-padded so that versions sort in order. */
    public static String versionItem(String documentId, int version) {
        return DOCUMENT_PREFIX + documentId + VERSION_INFIX + String.format("%06d", version);
    }

    public static CreateTableRequest create(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(USER_ID), string(ITEM))
                .keySchema(KeySchemaElement.builder().attributeName(USER_ID).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(ITEM).keyType(KeyType.RANGE).build())
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
