package com.careervault.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStack;
import com.careervault.devstack.Dynalite;
import java.net.URI;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The devstack's DynamoDB (dynalite) for tests that drive a store class without the API: one client per
 * simulated API instance, and the tables the API would create at start-up.
 */
public final class DevStackDynamoDb {

    private DevStackDynamoDb() {
    }

    /** A new client of the devstack's dynalite; the caller closes it. */
    public static DynamoDbAsyncClient client(DevStack stack) {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(URI.create(stack.dynamoDbEndpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)))
                .build();
    }

    /**
     * Creates the table unless it exists: the API creates it at start-up, but the test may run before any API
     * has started. Waits until it is there.
     */
    public static void ensureTable(DynamoDbAsyncClient client, CreateTableRequest table) {
        try {
            client.createTable(table).join();
            client.waiter().waitUntilTableExists(r -> r.tableName(table.tableName())).join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(ResourceInUseException.class);
        }
    }
}
