package com.careervault.projector.erasure;

import com.careervault.contracts.dynamodb.ReadModel.RemindersSent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderSent;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.RemindersSentProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes {@code careervault.reminder.sent.v1} into {@code CareerVault-RemindersSent}: one item per reminder
 * id, conditional on the log position like every projected item, so a redelivery changes nothing. The
 * account export reads it; the user's deletion removes it ({@link UserErasure}).
 */
@Component
public class RemindersSentProjection {

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;

    public RemindersSentProjection(DynamoDbAsyncClient dynamoDb, RemindersSentProperties tables) {
        this.dynamoDb = dynamoDb;
        this.table = tables.remindersSentTable();
    }

    public CompletableFuture<ProjectionOutcome> sent(EventEnvelope event, ReminderSent sent, LogPosition position) {
        ItemUpdate update = new ItemUpdate()
                .set(RemindersSent.JOB_ID, AttributeValue.fromS(sent.jobId()))
                .set(RemindersSent.KIND, AttributeValue.fromS(sent.kind()))
                .set(RemindersSent.SENT_AT, AttributeValue.fromS(Timestamps.format(event.time())));
        Map<String, AttributeValue> key = Map.of(RemindersSent.USER_ID, AttributeValue.fromS(event.userid()),
                RemindersSent.REMINDER_ID, AttributeValue.fromS(sent.reminderId()));
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table, key, position,
                LogPosition.IS_NEWER_THAN_ITEM)));
    }
}
