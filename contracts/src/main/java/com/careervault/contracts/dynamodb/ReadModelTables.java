package com.careervault.contracts.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The CreateTable requests of the read model, with every index defined up
 * front (dynalite cannot add a GSI to an existing table).
 */
public final class ReadModelTables {

    private ReadModelTables() {
    }

    public static CreateTableRequest jobs(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(Jobs.USER_ID), string(Jobs.JOB_ID), string(Jobs.STATUS),
                        string(Jobs.CREATED_AT), string(Jobs.STATUS_CREATED_AT), string(Jobs.DELETED_AT))
                .keySchema(hash(Jobs.USER_ID), range(Jobs.JOB_ID))
                .globalSecondaryIndexes(
                        index(Jobs.STATUS_CREATED_AT_INDEX, Jobs.STATUS, Jobs.CREATED_AT),
                        index(Jobs.USER_CREATED_AT_INDEX, Jobs.USER_ID, Jobs.CREATED_AT),
                        index(Jobs.USER_STATUS_INDEX, Jobs.USER_ID, Jobs.STATUS_CREATED_AT),
                        index(Jobs.USER_DELETED_AT_INDEX, Jobs.USER_ID, Jobs.DELETED_AT))
                .build();
    }

    public static CreateTableRequest users(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(Users.USER_ID), string(Users.EMAIL))
                .keySchema(hash(Users.USER_ID))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(Users.EMAIL_INDEX)
                        .keySchema(hash(Users.EMAIL))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    /** The interviews ({@link ReadModel.Interviews}): partition user, sort job#interview, one index by start. */
    public static CreateTableRequest interviews(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(ReadModel.Interviews.USER_ID), string(ReadModel.Interviews.INTERVIEW_KEY),
                        string(ReadModel.Interviews.STARTS_AT))
                .keySchema(hash(ReadModel.Interviews.USER_ID), range(ReadModel.Interviews.INTERVIEW_KEY))
                .globalSecondaryIndexes(index(ReadModel.Interviews.USER_STARTS_AT_INDEX,
                        ReadModel.Interviews.USER_ID, ReadModel.Interviews.STARTS_AT))
                .build();
    }

    /** The contacts ({@link ReadModel.Contacts}): partition user, sort contact id, no index. */
    public static CreateTableRequest contacts(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(ReadModel.Contacts.USER_ID), string(ReadModel.Contacts.CONTACT_ID))
                .keySchema(hash(ReadModel.Contacts.USER_ID), range(ReadModel.Contacts.CONTACT_ID))
                .build();
    }

    /** The insights table ({@link ReadModel.Insights}): one item per user, no index. */
    public static CreateTableRequest insights(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(ReadModel.Insights.USER_ID))
                .keySchema(hash(ReadModel.Insights.USER_ID))
                .build();
    }

    /** The sent reminders ({@link ReadModel.RemindersSent}): partition user, sort reminder id, no index. */
    public static CreateTableRequest remindersSent(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(ReadModel.RemindersSent.USER_ID),
                        string(ReadModel.RemindersSent.REMINDER_ID))
                .keySchema(hash(ReadModel.RemindersSent.USER_ID), range(ReadModel.RemindersSent.REMINDER_ID))
                .build();
    }

    /** The command API's quota guard table ({@link ReadModel.Quotas}): no index, keys only. */
    public static CreateTableRequest quotas(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(ReadModel.Quotas.USER_ID), string(ReadModel.Quotas.GUARD))
                .keySchema(hash(ReadModel.Quotas.USER_ID), range(ReadModel.Quotas.GUARD))
                .build();
    }

    /** The company search index: entries keyed by user and {@code key#job_id}, two per-user GSIs. */
    public static CreateTableRequest companySearch(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(CompanySearch.USER_ID), string(CompanySearch.ENTRY_KEY),
                        string(CompanySearch.KEY_CREATED_AT), string(CompanySearch.KEY_STATUS_CREATED_AT))
                .keySchema(hash(CompanySearch.USER_ID), range(CompanySearch.ENTRY_KEY))
                .globalSecondaryIndexes(
                        index(CompanySearch.USER_KEY_INDEX, CompanySearch.USER_ID, CompanySearch.KEY_CREATED_AT),
                        index(CompanySearch.USER_KEY_STATUS_INDEX, CompanySearch.USER_ID,
                                CompanySearch.KEY_STATUS_CREATED_AT))
                .build();
    }

    /** The tag filter's index: entries keyed by user and {@code tag_key#job_id}, two per-user GSIs. */
    public static CreateTableRequest jobTags(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(JobTags.USER_ID), string(JobTags.ENTRY_KEY),
                        string(JobTags.TAG_CREATED_AT), string(JobTags.TAG_STATUS_CREATED_AT))
                .keySchema(hash(JobTags.USER_ID), range(JobTags.ENTRY_KEY))
                .globalSecondaryIndexes(
                        index(JobTags.USER_TAG_INDEX, JobTags.USER_ID, JobTags.TAG_CREATED_AT),
                        index(JobTags.USER_TAG_STATUS_INDEX, JobTags.USER_ID, JobTags.TAG_STATUS_CREATED_AT))
                .build();
    }

    public static List<CreateTableRequest> all(String jobsTable, String usersTable, String companySearchTable,
            String jobTagsTable) {
        return List.of(jobs(jobsTable), users(usersTable), companySearch(companySearchTable), jobTags(jobTagsTable));
    }

    private static GlobalSecondaryIndex index(String name, String hashKey, String rangeKey) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(hash(hashKey), range(rangeKey))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
