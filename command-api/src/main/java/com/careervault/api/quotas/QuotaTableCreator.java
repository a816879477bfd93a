package com.careervault.api.quotas;

import com.careervault.contracts.dynamodb.ReadModelTables;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the quota guard table at start-up when {@code DYNAMODB_CREATE_TABLES} is on (devstack,
 * docker-compose): the API owns this table, the projector never sees it.
 */
@Component
class QuotaTableCreator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(QuotaTableCreator.class);

    private final DynamoDbAsyncClient dynamoDb;
    private final QuotaProperties properties;

    QuotaTableCreator(DynamoDbAsyncClient dynamoDb, QuotaProperties properties) {
        this.dynamoDb = dynamoDb;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.createTable()) {
            return;
        }
        try {
            dynamoDb.createTable(ReadModelTables.quotas(properties.table())).join();
            dynamoDb.waiter().waitUntilTableExists(table -> table.tableName(properties.table())).join();
            log.info("created table {}", properties.table());
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
        }
    }
}
