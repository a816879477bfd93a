package com.careervault.enricher.dynamodb;

import com.careervault.contracts.dynamodb.EnrichmentsTable;
import com.careervault.contracts.dynamodb.ResumesTable;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the enrichments table (the enricher's own) and, so that the enricher may start before the command
 * API, the resumes table, when configured to (devstack). Runs while the context is built, before the listener
 * consumes. The jobs table is the projector's: the enricher only reads it and waits for it (reads fail and
 * are retried until it exists).
 */
@Component
class EnricherTablesCreator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EnricherTablesCreator.class);
    private static final int CREATE_ATTEMPTS = 5;

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties properties;

    EnricherTablesCreator(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties) {
        this.dynamoDb = dynamoDb;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.createTables()) {
            create(EnrichmentsTable.create(properties.enrichmentsTable()));
            create(ResumesTable.create(properties.resumesTable()));
        }
    }

    /** A busy endpoint may miss the client's call timeout: a few more tries before start-up fails. */
    private void create(CreateTableRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                createOnce(request);
                return;
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof SdkClientException) || attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
                log.info("creating table {} failed ({}); trying again", request.tableName(), e.getCause().toString());
            }
        }
    }

    private void createOnce(CreateTableRequest request) {
        try {
            dynamoDb.createTable(request).join();
            dynamoDb.waiter().waitUntilTableExists(table -> table.tableName(request.tableName())).join();
            log.info("created table {}", request.tableName());
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
            log.debug("table {} already exists", request.tableName());
        }
    }
}
