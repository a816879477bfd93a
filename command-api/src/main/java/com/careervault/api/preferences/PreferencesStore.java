package com.careervault.api.preferences;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.events.ReminderPreferences;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads a user's reminder preferences from the read model; defaults until they changed any. */
@Component
public class PreferencesStore {

    private final DynamoDbAsyncClient dynamo;
    private final String table;

    public PreferencesStore(DynamoDbAsyncClient dynamo, DynamoDbProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.usersTable();
    }

    public Mono<ReminderPreferences> current(String userId) {
        // keyed by the token's subject only: nothing the client sent can make DynamoDB refuse it
        return DynamoDbCalls.call("user store", null, () -> dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(Map.of(Users.USER_ID, AttributeValue.fromS(userId)))))
                .map(response -> response.hasItem() && response.item().containsKey(Users.PREFERENCES)
                        ? fromItem(response.item().get(Users.PREFERENCES).m())
                        : ReminderPreferences.defaults());
    }

    private static ReminderPreferences fromItem(Map<String, AttributeValue> m) {
        ReminderPreferences defaults = ReminderPreferences.defaults();
        return new ReminderPreferences(
                bool(m, "follow_up_enabled", defaults.followUpEnabled()),
                m.containsKey("follow_up_days") ? Integer.parseInt(m.get("follow_up_days").n()) : defaults.followUpDays(),
                bool(m, "interview_enabled", defaults.interviewEnabled()),
                bool(m, "custom_enabled", defaults.customEnabled()),
                m.containsKey("time_zone") ? m.get("time_zone").s() : defaults.timeZone(),
                number(m, "interview_lead_hours"), number(m, "ghosted_after_applied_days"),
                number(m, "ghosted_after_interview_days"));
    }

    /** A number of the item's preferences; null (the default) when the item was written before it existed. */
    private static Integer number(Map<String, AttributeValue> m, String name) {
        return m.containsKey(name) && m.get(name).n() != null ? Integer.valueOf(m.get(name).n()) : null;
    }

    private static boolean bool(Map<String, AttributeValue> m, String name, boolean fallback) {
        return m.containsKey(name) && m.get(name).bool() != null ? m.get(name).bool() : fallback;
    }
}
