package com.careervault.api.documents;

import static com.careervault.contracts.dynamodb.DocumentsTable.CREATED_AT;
import static com.careervault.contracts.dynamodb.DocumentsTable.FILE_NAME;
import static com.careervault.contracts.dynamodb.DocumentsTable.ITEM;
import static com.careervault.contracts.dynamodb.DocumentsTable.KIND;
import static com.careervault.contracts.dynamodb.DocumentsTable.MEDIA_TYPE;
import static com.careervault.contracts.dynamodb.DocumentsTable.NAME;
import static com.careervault.contracts.dynamodb.DocumentsTable.SHA256;
import static com.careervault.contracts.dynamodb.DocumentsTable.SIZE;
import static com.careervault.contracts.dynamodb.DocumentsTable.UPDATED_AT;
import static com.careervault.contracts.dynamodb.DocumentsTable.USAGE_ITEM;
import static com.careervault.contracts.dynamodb.DocumentsTable.USED_BYTES;
import static com.careervault.contracts.dynamodb.DocumentsTable.USER_ID;
import static com.careervault.contracts.dynamodb.DocumentsTable.VERSION_COUNT;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.dynamodb.DocumentsTable;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The library's items in {@code CareerVault-Documents} ({@link DocumentsTable}), written only by the API: the
 * usage guard (bytes reserved with a conditional update before an upload is stored), documents with their
 * version counters, and versions. Every call is keyed by the token's subject, so another user's document is
 * simply not found. Failures are 503 ({@link DynamoDbCalls}).
 */
@Component
public class LibraryStore {

    private static final String STORE = "document library";

    private final DynamoDbAsyncClient dynamo;
    private final String table;
    private final long maxBytes;

    public LibraryStore(DynamoDbAsyncClient dynamo, LibraryProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.table();
        this.maxBytes = properties.maxBytesPerUser().toBytes();
    }

    /** The caller's quota in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reserves {@code size} bytes of the user's quota, atomically: of any number of parallel uploads only those
     * that fit are admitted ({@code ADD} under the condition that the total stays within the quota).
     *
     * @throws ErrorResponseException (as the Mono's error) 413 {@code document-quota-exceeded} when the bytes
     *         do not fit
     */
    public Mono<Void> reserve(String userId, long size) {
        if (size > maxBytes) {
            return Mono.error(quotaExceeded());
        }
        return DynamoDbCalls.conditionalCall(STORE, () -> dynamo.updateItem(r -> r.tableName(table)
                        .key(key(userId, USAGE_ITEM))
                        .updateExpression("ADD #used :size")
                        .conditionExpression("attribute_not_exists(#used) OR #used <= :room")
                        .expressionAttributeNames(Map.of("#used", USED_BYTES))
                        .expressionAttributeValues(Map.of(":size", number(size), ":room", number(maxBytes - size)))))
                .onErrorMap(ConditionalCheckFailedException.class, full -> quotaExceeded())
                .then();
    }

    /** Gives back bytes reserved for an upload that failed. */
    public Mono<Void> release(String userId, long size) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.updateItem(r -> r.tableName(table)
                        .key(key(userId, USAGE_ITEM))
                        .updateExpression("ADD #used :minus")
                        .expressionAttributeNames(Map.of("#used", USED_BYTES))
                        .expressionAttributeValues(Map.of(":minus", number(-size)))))
                .then();
    }

    /** A new document whose first version is being added: its item with the counter at 1. */
    public Mono<Integer> createDocument(String userId, String documentId, String name, String kind, Instant now) {
        String time = Timestamps.format(now);
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(userId, DocumentsTable.documentItem(documentId)));
        item.put(NAME, AttributeValue.fromS(name));
        item.put(KIND, AttributeValue.fromS(kind));
        item.put(VERSION_COUNT, number(1));
        item.put(CREATED_AT, AttributeValue.fromS(time));
        item.put(UPDATED_AT, AttributeValue.fromS(time));
        return DynamoDbCalls.call(STORE, null, () -> dynamo.putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(#item)")
                        .expressionAttributeNames(Map.of("#item", ITEM))))
                .thenReturn(1);
    }

    /**
     * The next version's number of an existing document (its counter, incremented atomically: parallel uploads
     * get distinct numbers).
     *
     * @return empty when the user has no such document
     */
    public Mono<Integer> nextVersion(String userId, String documentId, Instant now) {
        return DynamoDbCalls.conditionalCall(STORE, () -> dynamo.updateItem(r -> r.tableName(table)
                        .key(key(userId, DocumentsTable.documentItem(documentId)))
                        .updateExpression("ADD #count :one SET #updated = :now")
                        .conditionExpression("attribute_exists(#item)")
                        .expressionAttributeNames(Map.of("#count", VERSION_COUNT, "#updated", UPDATED_AT,
                                "#item", ITEM))
                        .expressionAttributeValues(Map.of(":one", number(1),
                                ":now", AttributeValue.fromS(Timestamps.format(now))))
                        .returnValues(ReturnValue.UPDATED_NEW)))
                .map(response -> Integer.parseInt(response.attributes().get(VERSION_COUNT).n()))
                .onErrorResume(ConditionalCheckFailedException.class, missing -> Mono.empty());
    }

    /** Writes a version's item (never over an existing one). */
    public Mono<Void> putVersion(String userId, String documentId, DocumentVersion version) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(
                key(userId, DocumentsTable.versionItem(documentId, version.version())));
        item.put(SHA256, AttributeValue.fromS(version.sha256()));
        item.put(SIZE, number(version.size()));
        item.put(MEDIA_TYPE, AttributeValue.fromS(version.mediaType()));
        item.put(FILE_NAME, AttributeValue.fromS(version.fileName()));
        item.put(CREATED_AT, AttributeValue.fromS(version.createdAt()));
        return DynamoDbCalls.call(STORE, null, () -> dynamo.putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(#item)")
                        .expressionAttributeNames(Map.of("#item", ITEM))))
                .then();
    }

    /** Removes a version's item again (an upload whose event could not be appended). */
    public Mono<Void> deleteVersion(String userId, String documentId, int version) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.deleteItem(r -> r.tableName(table)
                        .key(key(userId, DocumentsTable.versionItem(documentId, version)))))
                .then();
    }

    /**
     * Deletes every item of the user (usage guard, documents, versions), one DeleteItem each: at most one per
     * version the quota allows, and idempotent, so an account deletion can repeat it after a failure.
     */
    public Mono<Void> deleteAll(String userId) {
        return items(userId, null)
                .concatMap(item -> DynamoDbCalls.call(STORE, null, () -> dynamo.deleteItem(r -> r.tableName(table)
                        .key(key(userId, item.get(ITEM).s())))))
                .then();
    }

    /** The user's whole library, the most recently updated document first. */
    public Mono<DocumentLibrary> library(String userId) {
        return items(userId, null).collectList().map(items -> {
            long used = 0;
            List<Map<String, AttributeValue>> rest = new ArrayList<>();
            for (Map<String, AttributeValue> item : items) {
                if (USAGE_ITEM.equals(item.get(ITEM).s())) {
                    used = item.containsKey(USED_BYTES) ? Long.parseLong(item.get(USED_BYTES).n()) : 0;
                } else {
                    rest.add(item);
                }
            }
            List<Document> documents = documents(rest);
            documents.sort(Comparator.comparing(Document::updatedAt).thenComparing(Document::documentId)
                    .reversed());
            return new DocumentLibrary(documents, used, maxBytes);
        });
    }

    /** One document of the user with its versions; empty when the user has none with this id. */
    public Mono<Optional<Document>> document(String userId, String documentId) {
        return items(userId, DocumentsTable.documentItem(documentId)).collectList()
                .map(items -> documents(items).stream().findFirst());
    }

    private Flux<Map<String, AttributeValue>> items(String userId, String prefix) {
        Map<String, String> names = prefix == null ? Map.of("#user", USER_ID)
                : Map.of("#user", USER_ID, "#item", ITEM);
        Map<String, AttributeValue> values = prefix == null ? Map.of(":user", AttributeValue.fromS(userId))
                : Map.of(":user", AttributeValue.fromS(userId), ":prefix", AttributeValue.fromS(prefix));
        String condition = prefix == null ? "#user = :user" : "#user = :user AND begins_with(#item, :prefix)";
        return Flux.from(dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression(condition)
                        .expressionAttributeNames(names).expressionAttributeValues(values)))
                .onErrorMap(e -> DynamoDbCalls.isUnavailable(e) ? new DependencyUnavailableException(STORE, e) : e)
                .flatMapIterable(page -> page.items());
    }

    /** Groups a query's items (sorted by key: each document's item, then its versions in order). */
    private static List<Document> documents(List<Map<String, AttributeValue>> items) {
        List<Document> documents = new ArrayList<>();
        Map<String, AttributeValue> current = null;
        List<DocumentVersion> versions = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            String sortKey = item.get(ITEM).s();
            if (!sortKey.startsWith(DocumentsTable.DOCUMENT_PREFIX)) {
                continue;
            }
            if (!sortKey.contains(DocumentsTable.VERSION_INFIX)) {
                if (current != null) {
                    documents.add(document(current, versions));
                }
                current = item;
                versions = new ArrayList<>();
            } else if (current != null) {
                versions.add(version(item));
            }
        }
        if (current != null) {
            documents.add(document(current, versions));
        }
        return documents;
    }

    private static Document document(Map<String, AttributeValue> item, List<DocumentVersion> versions) {
        List<DocumentVersion> newestFirst = new ArrayList<>(versions);
        newestFirst.sort(Comparator.comparingInt(DocumentVersion::version).reversed());
        String id = item.get(ITEM).s().substring(DocumentsTable.DOCUMENT_PREFIX.length());
        // the counter may be ahead of the versions when an upload failed after taking its number
        int latest = newestFirst.isEmpty() ? 0 : newestFirst.get(0).version();
        return new Document(id, item.get(NAME).s(), item.get(KIND).s(), latest,
                Timestamps.normalize(item.get(CREATED_AT).s()),
                newestFirst.isEmpty() ? Timestamps.normalize(item.get(UPDATED_AT).s()) : newestFirst.get(0).createdAt(),
                List.copyOf(newestFirst));
    }

    private static DocumentVersion version(Map<String, AttributeValue> item) {
        String sortKey = item.get(ITEM).s();
        int number = Integer.parseInt(sortKey.substring(sortKey.lastIndexOf(DocumentsTable.VERSION_INFIX)
                + DocumentsTable.VERSION_INFIX.length()));
        return new DocumentVersion(number, item.get(SHA256).s(), Long.parseLong(item.get(SIZE).n()),
                item.get(MEDIA_TYPE).s(), item.get(FILE_NAME).s(), Timestamps.normalize(item.get(CREATED_AT).s()));
    }

    private static Map<String, AttributeValue> key(String userId, String item) {
        return Map.of(USER_ID, AttributeValue.fromS(userId), ITEM, AttributeValue.fromS(item));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private ErrorResponseException quotaExceeded() {
        return DocumentProblems.quotaExceeded(maxBytes);
    }
}
