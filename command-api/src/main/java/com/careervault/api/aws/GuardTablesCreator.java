package com.careervault.api.aws;

import com.careervault.api.calendar.CalendarProperties;
import com.careervault.api.documents.LibraryProperties;
import com.careervault.api.privacy.DataKeysProperties;
import com.careervault.api.quotas.QuotaProperties;
import com.careervault.contracts.dynamodb.CalendarFeedsTable;
import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.DocumentsTable;
import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.dynamodb.RateLimitsTable;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.contracts.dynamodb.SessionsTable;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Creates the API's own guard tables (sessions, quotas, email reservations, rate limits, resumes,
 * calendar feeds, documents) and the data-key table
 * (the API creates and deletes users' data keys; the projector and notifier only read them) at start-up when
 * {@code DYNAMODB_CREATE_TABLES=true} (devstack, docker-compose). They belong to
 * the API, not to the read model, so the projector never creates them;
 * production tables come from infrastructure code (docs/aws.md).
 */
@Component
class GuardTablesCreator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GuardTablesCreator.class);

    /** Start-up only: the first call of a fresh JVM can take longer than a request's call timeout. */
    private static final Duration START_UP_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties properties;
    private final QuotaProperties quotas;
    private final DataKeysProperties dataKeys;
    private final CalendarProperties calendar;
    private final LibraryProperties documents;

    GuardTablesCreator(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties, QuotaProperties quotas,
            DataKeysProperties dataKeys, CalendarProperties calendar, LibraryProperties documents) {
        this.dynamoDb = dynamoDb;
        this.properties = properties;
        this.quotas = quotas;
        this.dataKeys = dataKeys;
        this.calendar = calendar;
        this.documents = documents;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.createTables()) {
            return;
        }
        if (createIfMissing(SessionsTable.create(properties.sessionsTable()))) {
            enableTimeToLive(properties.sessionsTable(), SessionsTable.EXPIRES_AT);
        }
        createIfMissing(ReadModelTables.quotas(quotas.table()));
        createIfMissing(EmailReservationsTable.create(properties.emailReservationsTable()));
        if (createIfMissing(RateLimitsTable.create(properties.rateLimitsTable()))) {
            enableTimeToLive(properties.rateLimitsTable(), RateLimitsTable.EXPIRES_AT);
        }
        createIfMissing(DataKeysTable.create(dataKeys.settings().table()));
        createIfMissing(ResumesTable.create(properties.resumesTable()));
        createIfMissing(CalendarFeedsTable.create(calendar.feedsTable()));
        createIfMissing(DocumentsTable.create(documents.table()));
    }

    /** True when the table was created now, false when it was there already. */
    private boolean createIfMissing(CreateTableRequest table) {
        try {
            dynamoDb.createTable(table.toBuilder()
                    .overrideConfiguration(c -> c.apiCallTimeout(START_UP_CALL_TIMEOUT)).build()).join();
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(table.tableName())).join();
            log.info("created table {}", table.tableName());
            return true;
        } catch (CompletionException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                log.debug("table {} already exists", table.tableName());
                return false;
            }
            throw e;
        }
    }

    private void enableTimeToLive(String table, String attribute) {
        try {
            dynamoDb.updateTimeToLive(ttl -> ttl.tableName(table).timeToLiveSpecification(
                    spec -> spec.attributeName(attribute).enabled(true))).join();
        } catch (CompletionException e) {
            // dynalite has no TTL: expired items then simply stay
            // the message only: a stack trace at start-up would look like a failure
            log.info("could not enable TTL on {} ({})", table,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
        }
    }
}
