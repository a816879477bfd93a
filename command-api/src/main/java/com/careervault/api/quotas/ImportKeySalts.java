package com.careervault.api.quotas;

import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Each account's secret salt (32 random bytes) for the keys of its imported CSV rows, kept in the quota guard
 * table ({@code guard = csv-import-salt}) and deleted with the account's other guard items. A row's key, and the
 * job id made from it, are in the log forever; salted with a secret that dies with the account, they cannot be
 * matched against guessed companies, positions and dates once the account is gone (crypto-shredding would be
 * undone by an unsalted hash of the very fields it encrypts).
 */
@Component
public class ImportKeySalts {

    static final String GUARD = "csv-import-salt";
    static final String SALT = "salt";

    private final GuardTable table;
    private final SecureRandom random = new SecureRandom();

    public ImportKeySalts(DynamoDbAsyncClient dynamoDb, QuotaProperties properties) {
        this.table = new GuardTable(dynamoDb, properties.table());
    }

    /**
     * The account's salt, made on first use; two requests racing to make it end with the same one (a conditional
     * put, then a strongly consistent read).
     *
     * @return 32 bytes; errors with {@code DependencyUnavailableException} when the table cannot be reached
     */
    public Mono<byte[]> saltOf(String userId) {
        Map<String, AttributeValue> key = table.key(userId, GUARD);
        return table.get(key).flatMap(item -> item.isEmpty() ? create(key) : Mono.just(bytes(item)));
    }

    private Mono<byte[]> create(Map<String, AttributeValue> key) {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(SALT, AttributeValue.fromB(SdkBytes.fromByteArray(salt)));
        return table.put(request -> request.item(item).conditionExpression("attribute_not_exists(#guard)")
                        .expressionAttributeNames(Map.of("#guard", Quotas.GUARD)))
                .thenReturn(salt)
                .onErrorResume(ConditionalCheckFailedException.class,
                        raced -> table.get(key).map(ImportKeySalts::bytes));
    }

    private static byte[] bytes(Map<String, AttributeValue> item) {
        return item.get(SALT).b().asByteArray();
    }
}
