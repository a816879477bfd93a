package com.careervault.projector.erasure;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.RemindersSent;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.projector.dynamodb.ContactsProperties;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.dynamodb.InterviewsProperties;
import com.careervault.projector.dynamodb.RemindersSentProperties;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Applies {@code UserDeleted}: writes the user's tombstone ({@link UserTombstones}), then deletes every item
 * of the user from every read-model table: the user item, every job item (tombstones of deleted jobs
 * included), every company-search and tag entry, every sent reminder, every contact (tombstones included), and the
 * insights item; and every interview of the user (CareerVault-Interviews).
 *
 * <p><b>Exactly once in effect.</b> Every step is idempotent (a put of the same tombstone, deletes of
 * whatever is still there), so a redelivery, a retry after a DynamoDB failure half-way, or a replay does the
 * same again and ends in the same state. The tombstone is written first: from then on, whatever happens
 * to the sweep, every later poll skips the user's events (see {@code PollProjection}), so nothing writes an
 * item of the user while the sweep deletes them; the sweep itself is retried until it completes, since the
 * event is only acknowledged once it did. Nothing else writes the user's items during the sweep: the user's
 * events share one partition, a poll is applied to the end before the next one, and in a poll holding the
 * {@code UserDeleted} every other event of that user is skipped (its effect would be swept anyway).
 * The insights item is also written from the analytics topic; that path deletes it for a tombstoned user
 * (see {@code InsightsPollProjection}).
 */
@Component
public class UserErasure {

    /** Deletes in flight per table page: bounded, so one user's sweep does not take every connection. */
    private static final int CONCURRENT_DELETES = 16;

    private final DynamoDbAsyncClient dynamoDb;
    private final UserTombstones tombstones;
    private final DynamoDbProperties tables;
    private final String remindersSentTable;
    private final String interviewsTable;
    private final String contactsTable;

    public UserErasure(DynamoDbAsyncClient dynamoDb, UserTombstones tombstones, DynamoDbProperties tables,
            RemindersSentProperties remindersSent, InterviewsProperties interviews, ContactsProperties contacts) {
        this.interviewsTable = interviews.interviewsTable();
        this.contactsTable = contacts.contactsTable();
        this.dynamoDb = dynamoDb;
        this.tombstones = tombstones;
        this.tables = tables;
        this.remindersSentTable = remindersSent.remindersSentTable();
    }

    public CompletableFuture<ProjectionOutcome> erase(EventEnvelope event, UserDeleted deleted, LogPosition position) {
        String userId = event.userid();
        AttributeValue user = AttributeValue.fromS(userId);
        return tombstones.put(userId, event.time(), position)
                // swept whether or not the tombstone was new: a sweep that failed half-way is completed
                .thenCompose(outcome -> CompletableFuture.allOf(
                        sweep(tables.jobsTable(), Jobs.USER_ID, Jobs.JOB_ID, user),
                        sweep(tables.companySearchTable(), CompanySearch.USER_ID, CompanySearch.ENTRY_KEY, user),
                        sweep(tables.jobTagsTable(), JobTags.USER_ID, JobTags.ENTRY_KEY, user),
                        sweep(remindersSentTable, RemindersSent.USER_ID, RemindersSent.REMINDER_ID, user),
                        sweep(interviewsTable, Interviews.USER_ID, Interviews.INTERVIEW_KEY, user),
                        // contacts are third parties' personal data: erased with the account
                        sweep(contactsTable, Contacts.USER_ID, Contacts.CONTACT_ID, user),
                        delete(tables.insightsTable(), Map.of(Insights.USER_ID, user)),
                        delete(tables.usersTable(), Map.of(Users.USER_ID, user)))
                        .thenApply(done -> outcome));
    }

    /** Deletes every item of one partition, a page of keys at a time (strongly consistent query). */
    private CompletableFuture<Void> sweep(String table, String partitionKey, String sortKey, AttributeValue user) {
        return page(table, partitionKey, sortKey, user, null);
    }

    private CompletableFuture<Void> page(String table, String partitionKey, String sortKey, AttributeValue user,
            Map<String, AttributeValue> start) {
        return dynamoDb.query(r -> r.tableName(table).consistentRead(true).exclusiveStartKey(start)
                        .keyConditionExpression("#p = :p").projectionExpression("#p, #s")
                        .expressionAttributeNames(Map.of("#p", partitionKey, "#s", sortKey))
                        .expressionAttributeValues(Map.of(":p", user)))
                .thenCompose(response -> deleteAll(table, response.items(), 0)
                        .thenCompose(done -> hasMore(response)
                                ? page(table, partitionKey, sortKey, user, response.lastEvaluatedKey())
                                : CompletableFuture.completedFuture(null)));
    }

    private CompletableFuture<Void> deleteAll(String table, List<Map<String, AttributeValue>> keys, int from) {
        if (from >= keys.size()) {
            return CompletableFuture.completedFuture(null);
        }
        int to = Math.min(keys.size(), from + CONCURRENT_DELETES);
        CompletableFuture<?>[] deletes = keys.subList(from, to).stream().map(key -> delete(table, key))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deletes).thenCompose(done -> deleteAll(table, keys, to));
    }

    private CompletableFuture<Void> delete(String table, Map<String, AttributeValue> key) {
        return dynamoDb.deleteItem(r -> r.tableName(table).key(key)).thenApply(ignored -> null);
    }

    private static boolean hasMore(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    }
}
