package com.careervault.api.account;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the read model keeps the reminders the notifier sent ({@code DYNAMODB_REMINDERS_SENT_TABLE}, default
 * {@code CareerVault-RemindersSent}), read by the account export. A record of its own under
 * {@code careervault.dynamodb} so that the read model's other table names stay where they are.
 */
@ConfigurationProperties("careervault.dynamodb")
public record RemindersSentProperties(String remindersSentTable) {

    public RemindersSentProperties {
        remindersSentTable = remindersSentTable == null || remindersSentTable.isBlank()
                ? ReadModel.RemindersSent.DEFAULT_TABLE : remindersSentTable.trim();
    }
}
