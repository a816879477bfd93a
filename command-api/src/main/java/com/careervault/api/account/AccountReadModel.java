package com.careervault.api.account;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.ReadModel.RemindersSent;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The account's items of the read model that the export shows besides jobs and preferences: when the user
 * registered ({@code CareerVault-Users}) and the reminders sent ({@code CareerVault-RemindersSent}, read a
 * page at a time). Strongly consistent; failures are 503s.
 */
@Component
class AccountReadModel {

    private final DynamoDbAsyncClient dynamo;
    private final String usersTable;
    private final String remindersSentTable;

    AccountReadModel(DynamoDbAsyncClient dynamo, DynamoDbProperties tables, RemindersSentProperties remindersSent) {
        this.dynamo = dynamo;
        this.usersTable = tables.usersTable();
        this.remindersSentTable = remindersSent.remindersSentTable();
    }

    /** The user item's {@code created_at}; empty before the projector applied the registration. */
    Mono<Optional<String>> createdAt(String userId) {
        return DynamoDbCalls.call("user store", null, () -> dynamo.getItem(r -> r.tableName(usersTable)
                        .consistentRead(true).key(Map.of(Users.USER_ID, AttributeValue.fromS(userId)))))
                .map(response -> Optional.ofNullable(response.hasItem() ? response.item().get(Users.CREATED_AT) : null)
                        .map(AttributeValue::s));
    }

    /** Every reminder sent to the user, in reminder id order. */
    Flux<AccountExport.SentReminder> remindersSent(String userId) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(remindersSentTable).consistentRead(true)
                .keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", RemindersSent.USER_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)));
        return page(query, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(query, response.lastEvaluatedKey()) : Mono.empty(), 1)
                .concatMapIterable(QueryResponse::items)
                .map(item -> new AccountExport.SentReminder(s(item, RemindersSent.REMINDER_ID),
                        s(item, RemindersSent.JOB_ID), s(item, RemindersSent.KIND), s(item, RemindersSent.SENT_AT)));
    }

    private Mono<QueryResponse> page(QueryRequest.Builder query, Map<String, AttributeValue> start) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return DynamoDbCalls.call("reminders sent", null, () -> dynamo.query(request));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
