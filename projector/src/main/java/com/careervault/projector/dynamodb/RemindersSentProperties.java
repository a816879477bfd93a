package com.careervault.projector.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The table of reminders sent ({@code DYNAMODB_REMINDERS_SENT_TABLE}, default {@code CareerVault-RemindersSent}).
 * A record of its own under {@code careervault.dynamodb}, so that {@link DynamoDbProperties} keeps its shape.
 */
@ConfigurationProperties("careervault.dynamodb")
public record RemindersSentProperties(String remindersSentTable) {

    public RemindersSentProperties {
        remindersSentTable = remindersSentTable == null || remindersSentTable.isBlank()
                ? ReadModel.RemindersSent.DEFAULT_TABLE : remindersSentTable.trim();
    }
}
