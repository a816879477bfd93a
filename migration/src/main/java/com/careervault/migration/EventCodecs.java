package com.careervault.migration;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.privacy.DataKeysSettings;
import com.careervault.contracts.privacy.MasterKey;
import java.net.URI;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * THE one place where the migration builds its {@link EventCodec}: the keyed codec of the services
 * (crypto-shredding, docs/privacy.md), with the same key table and master key, so the personal fields of every
 * event the migration appends are encrypted with the user's data key, which the first event of a user creates
 * (a consistent GetItem, then a conditional PutItem). Owns the DynamoDB (async, as {@code DynamoDbDataKeys}
 * takes) and, with {@code DATA_KEYS_KMS_KEY_ARN}, the KMS client; close it after the writer.
 */
final class EventCodecs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventCodecs.class);

    private final DynamoDbAsyncClient dynamoDb;
    private final MasterKey masterKey;
    private final EventCodec codec;

    private EventCodecs(DynamoDbAsyncClient dynamoDb, MasterKey masterKey, EventCodec codec) {
        this.dynamoDb = dynamoDb;
        this.masterKey = masterKey;
        this.codec = codec;
    }

    /**
     * The keyed codec of {@code settings}; with {@code createTables} (devstack) the key table is created when
     * missing.
     *
     * @throws IllegalArgumentException when the configured master key is unusable
     */
    static EventCodecs open(MigrationSettings settings) {
        DataKeysSettings keys = settings.dataKeys();
        var dynamoBuilder = DynamoDbAsyncClient.builder().region(Region.of(settings.awsRegion()))
                .credentialsProvider(AwsAccess.credentials(settings));
        if (settings.dynamoDbEndpoint() != null) {
            dynamoBuilder.endpointOverride(URI.create(settings.dynamoDbEndpoint()));
        }
        DynamoDbAsyncClient dynamoDb = dynamoBuilder.build();
        MasterKey masterKey;
        try {
            // KMS in the key's own region (from its ARN), as the services call it
            masterKey = keys.masterKey(settings.awsRegion(), AwsAccess.credentials(settings));
        } catch (RuntimeException e) {
            dynamoDb.close();
            throw e;
        }
        if (settings.createTables() && !settings.dryRun()) {
            createTable(dynamoDb, keys.table());
        }
        log.info("data keys in {}, wrapped by {}", keys.table(), masterKey.description());
        return new EventCodecs(dynamoDb, masterKey, new EventCodec(keys.dataKeys(dynamoDb, masterKey)));
    }

    private static void createTable(DynamoDbAsyncClient dynamoDb, String table) {
        try {
            dynamoDb.createTable(DataKeysTable.create(table)).join();
            // DynamoDB creates a table asynchronously: the first GetItem must find it ACTIVE
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(table)).join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
            // made by the command API, the devstack or an earlier run
        }
    }

    /** Encrypts with the users' data keys; see {@link EventCodec#encode} for what it throws. */
    EventCodec codec() {
        return codec;
    }

    @Override
    public void close() {
        masterKey.close();
        dynamoDb.close();
    }
}
