package com.careervault.enricher.sweep;

import com.careervault.contracts.dynamodb.EnrichmentsTable;
import com.careervault.enricher.dynamodb.DynamoDbProperties;
import com.careervault.enricher.eventlog.TransientRetry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The provider whose sweep last finished, kept as one item of the enricher's own table
 * ({@code CareerVault-Enrichments}): {@code user_id} {@value #USER_ID}, {@code event_id} {@value #EVENT_ID},
 * {@code provider} the name, {@code updated_at} an ISO-8601 instant. No user id starts with {@code #} (they
 * are Cognito subs), so the item is never taken for a user's memo, nor deleted with a user.
 */
@Component
public class ProviderMarker {

    static final String USER_ID = "#enricher";
    static final String EVENT_ID = "provider";
    static final String PROVIDER = "provider";
    static final String UPDATED_AT = "updated_at";

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties tables;
    private final TransientRetry retry;
    private final Clock clock;

    public ProviderMarker(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables, TransientRetry retry, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tables = tables;
        this.retry = retry;
        this.clock = clock;
    }

    /** The provider recorded by the last finished sweep (a strongly consistent read); empty when none. */
    public Optional<String> provider() {
        Map<String, AttributeValue> item = retry.call("reading the provider marker", () -> dynamoDb.getItem(get -> get
                .tableName(tables.enrichmentsTable())
                .key(key())
                .consistentRead(true)).join().item());
        AttributeValue provider = item == null ? null : item.get(PROVIDER);
        return provider == null || provider.s() == null ? Optional.empty() : Optional.of(provider.s());
    }

    /** Records {@code provider} (last writer wins). */
    public void record(String provider) {
        retry.call("writing the provider marker", () -> dynamoDb.putItem(put -> put
                .tableName(tables.enrichmentsTable())
                .item(Map.of(
                        EnrichmentsTable.USER_ID, AttributeValue.fromS(USER_ID),
                        EnrichmentsTable.EVENT_ID, AttributeValue.fromS(EVENT_ID),
                        PROVIDER, AttributeValue.fromS(provider),
                        UPDATED_AT, AttributeValue.fromS(clock.instant().toString())))).join());
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(EnrichmentsTable.USER_ID, AttributeValue.fromS(USER_ID),
                EnrichmentsTable.EVENT_ID, AttributeValue.fromS(EVENT_ID));
    }
}
