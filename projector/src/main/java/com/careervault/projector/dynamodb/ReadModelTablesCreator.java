package com.careervault.projector.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.dynamodb.ReadModelTables;
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
 * Creates the read-model tables when configured to (devstack, rebuilds into
 * new tables). Runs while the context is built, so the tables exist before the
 * event listener starts consuming.
 */
@Component
class ReadModelTablesCreator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelTablesCreator.class);
    private static final int CREATE_ATTEMPTS = 5;

    private final DynamoDbAsyncClient dynamoDb;
    private final DynamoDbProperties properties;
    private final RemindersSentProperties remindersSent;
    private final InterviewsProperties interviews;
    private final ContactsProperties contacts;

    ReadModelTablesCreator(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties,
            RemindersSentProperties remindersSent, InterviewsProperties interviews, ContactsProperties contacts) {
        this.interviews = interviews;
        this.contacts = contacts;
        this.remindersSent = remindersSent;
        this.dynamoDb = dynamoDb;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.createTables()) {
            return;
        }
        if (create(ReadModelTables.jobs(properties.jobsTable()))) {
            enableTombstoneExpiry(properties.jobsTable(), ReadModel.Jobs.EXPIRES_AT);
        }
        create(ReadModelTables.users(properties.usersTable()));
        if (create(ReadModelTables.companySearch(properties.companySearchTable()))) {
            enableTombstoneExpiry(properties.companySearchTable(), ReadModel.CompanySearch.EXPIRES_AT);
        }
        if (create(ReadModelTables.jobTags(properties.jobTagsTable()))) {
            enableTombstoneExpiry(properties.jobTagsTable(), ReadModel.JobTags.EXPIRES_AT);
        }
        create(ReadModelTables.insights(properties.insightsTable()));
        create(ReadModelTables.remindersSent(remindersSent.remindersSentTable()));
        create(ReadModelTables.interviews(interviews.interviewsTable()));
        if (create(ReadModelTables.contacts(contacts.contactsTable()))) {
            enableTombstoneExpiry(contacts.contactsTable(), ReadModel.Contacts.EXPIRES_AT);
        }
    }

    /** A busy endpoint may miss the client's call timeout: a few more tries before start-up fails. */
    private boolean create(CreateTableRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return createOnce(request);
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof SdkClientException) || attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
                log.info("creating table {} failed ({}); trying again", request.tableName(), e.getCause().toString());
            }
        }
    }

    private boolean createOnce(CreateTableRequest request) {
        try {
            dynamoDb.createTable(request).join();
            dynamoDb.waiter().waitUntilTableExists(table -> table.tableName(request.tableName())).join();
            log.info("created table {}", request.tableName());
            return true;
        } catch (CompletionException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                log.debug("table {} already exists", request.tableName());
                return false;
            }
            throw e;
        }
    }

    /** Tombstones carry expires_at; DynamoDB deletes them once TTL is on. dynalite has no TTL, hence best effort. */
    private void enableTombstoneExpiry(String table, String attribute) {
        try {
            dynamoDb.updateTimeToLive(ttl -> ttl.tableName(table).timeToLiveSpecification(
                    spec -> spec.attributeName(attribute).enabled(true))).join();
        } catch (CompletionException e) {
            log.info("could not enable TTL on {} ({}); tombstones will not expire", table,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
        }
    }
}
