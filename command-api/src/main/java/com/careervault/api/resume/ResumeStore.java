package com.careervault.api.resume;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.time.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Users' resumes in {@code CareerVault-Resumes} ({@link ResumesTable}): one item per user, written only here
 * and read by the enricher. A failed call is a 503 ({@link DynamoDbCalls}); every call is keyed by the
 * token's subject only.
 */
@Component
public class ResumeStore {

    private static final String STORE = "resume store";

    private final DynamoDbAsyncClient dynamo;
    private final String table;

    public ResumeStore(DynamoDbAsyncClient dynamo, DynamoDbProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.resumesTable();
    }

    /** Stores {@code text} (already NFC and trimmed) as the user's resume, replacing any earlier one. */
    public Mono<Resume> put(String userId, String text, Instant now) {
        Resume resume = new Resume(text, EnrichmentInputs.hash(text), text.codePointCount(0, text.length()),
                Timestamps.format(now));
        Map<String, AttributeValue> item = Map.of(
                ResumesTable.USER_ID, AttributeValue.fromS(userId),
                ResumesTable.RESUME_TEXT, AttributeValue.fromS(resume.text()),
                ResumesTable.RESUME_HASH, AttributeValue.fromS(resume.resumeHash()),
                ResumesTable.LENGTH, AttributeValue.fromN(Integer.toString(resume.length())),
                ResumesTable.UPDATED_AT, AttributeValue.fromS(resume.updatedAt()));
        return DynamoDbCalls.call(STORE, null, () -> dynamo.putItem(r -> r.tableName(table).item(item)))
                .thenReturn(resume);
    }

    /** The user's resume, empty when they have none. */
    public Mono<Optional<Resume>> find(String userId) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(key(userId))))
                .map(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(resume(response.item())) : Optional.<Resume>empty());
    }

    /** Removes the user's resume; done also when there is none (so a repeated deletion is harmless). */
    public Mono<Void> delete(String userId) {
        return DynamoDbCalls.call(STORE, null, () -> dynamo.deleteItem(r -> r.tableName(table).key(key(userId))))
                .then();
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(ResumesTable.USER_ID, AttributeValue.fromS(userId));
    }

    private static Resume resume(Map<String, AttributeValue> item) {
        String text = item.get(ResumesTable.RESUME_TEXT).s();
        AttributeValue hash = item.get(ResumesTable.RESUME_HASH);
        AttributeValue length = item.get(ResumesTable.LENGTH);
        AttributeValue updatedAt = item.get(ResumesTable.UPDATED_AT);
        return new Resume(text, hash == null ? EnrichmentInputs.hash(text) : hash.s(),
                length == null ? text.codePointCount(0, text.length()) : Integer.parseInt(length.n()),
                updatedAt == null ? null : Timestamps.normalize(updatedAt.s()));
    }
}
