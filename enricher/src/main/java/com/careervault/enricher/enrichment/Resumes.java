package com.careervault.enricher.enrichment;

import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.enricher.dynamodb.DynamoDbProperties;
import com.careervault.enricher.eventlog.TransientRetry;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The users' current resumes, from the command API's {@code CareerVault-Resumes} (read only). */
@Component
public class Resumes {

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties tables;
    private final TransientRetry retry;

    public Resumes(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TransientRetry retry) {
        this.dynamoDb = dynamoDb;
        this.tables = tables;
        this.retry = retry;
    }

    /** The user's resume text as stored now (a strongly consistent read); empty when the user has none. */
    public Optional<String> current(String userId) {
        Map<String, AttributeValue> item = retry.call("reading the resume of " + userId, () -> dynamoDb.getItem(get -> get
                .tableName(tables.resumesTable())
                .key(Map.of(ResumesTable.USER_ID, AttributeValue.fromS(userId)))
                .consistentRead(true)).join().item());
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue text = item.get(ResumesTable.RESUME_TEXT);
        return text == null || text.s() == null || text.s().isEmpty() ? Optional.empty() : Optional.of(text.s());
    }
}
