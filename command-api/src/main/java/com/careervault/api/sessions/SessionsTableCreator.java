package com.careervault.api.sessions;

import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.SessionsTable;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the sessions guard table at start-up when {@code DYNAMODB_CREATE_TABLES=true}
 * (devstack, docker-compose). The table belongs to the API, not to the read model, so
 * the projector does not create it. Production tables come from infrastructure code.
 */
@Component
class SessionsTableCreator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SessionsTableCreator.class);

    private static final Duration START_UP_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties properties;

    SessionsTableCreator(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties) {
        this.dynamoDb = dynamoDb;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.createTables()) {
            return;
        }
        String table = properties.sessionsTable();
        try {
            // start-up only: the first call of a fresh JVM can take longer than a request's call timeout
            dynamoDb.createTable(SessionsTable.create(table).toBuilder()
                    .overrideConfiguration(c -> c.apiCallTimeout(START_UP_CALL_TIMEOUT)).build()).join();
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(table)).join();
            log.info("created table {}", table);
        } catch (CompletionException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                log.debug("table {} already exists", table);
                return;
            }
            throw e;
        }
        try {
            dynamoDb.updateTimeToLive(ttl -> ttl.tableName(table).timeToLiveSpecification(
                    spec -> spec.attributeName(SessionsTable.EXPIRES_AT).enabled(true))).join();
        } catch (CompletionException e) {
            // dynalite has no TTL: old sessions then simply stay
            log.info("could not enable TTL on {} ({})", table, e.getCause() == null ? e : e.getCause());
        }
    }
}
