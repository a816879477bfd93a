package com.careervault.projector.users;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserProjectionTest {

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @Autowired
    EventProjection projection;

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void aRegisteredUserGetsTheDefaultPreferencesWhichAChangeReplaces() {
        String user = newId();
        Instant registered = Instant.parse("2026-11-24T17:00:00Z");
        EventEnvelope registration = event(user, registered,
                new UserRegistered(user, "jdoe-" + user, user + "@example.com", "Jane", "Doe"));
        RecordMetadata registeredAt = log.publish(registration);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(readModel.user(user)).isEqualTo(Map.of(
                Users.USER_ID, s(user),
                Users.USERNAME, s("jdoe-" + user),
                Users.EMAIL, s(user + "@example.com"),
                Users.GIVEN_NAME, s("Jane"),
                Users.FAMILY_NAME, s("Doe"),
                Users.CREATED_AT, s("2026-11-24T17:00:00.000000Z"),
                Users.PREFERENCES, UserProjection.preferences(ReminderPreferences.defaults()),
                Position.PARTITION, n(registeredAt.partition()),
                Position.OFFSET, n(registeredAt.offset()))));
        assertThat(readModel.user(user).get(Users.PREFERENCES).m()).isEqualTo(Map.of(
                "follow_up_enabled", AttributeValue.fromBool(true),
                "follow_up_days", n(7),
                "interview_enabled", AttributeValue.fromBool(true),
                "custom_enabled", AttributeValue.fromBool(true),
                "time_zone", s("UTC")));

        ReminderPreferences chosen = new ReminderPreferences(false, 14, true, false, "Europe/Berlin");
        RecordMetadata changedAt = log.publish(event(user, registered.plusSeconds(5),
                new UserPreferencesChanged(user, chosen)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.user(user);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(changedAt.offset()));
            assertThat(item.get(Users.PREFERENCES).m()).isEqualTo(Map.of(
                    "follow_up_enabled", AttributeValue.fromBool(false),
                    "follow_up_days", n(14),
                    "interview_enabled", AttributeValue.fromBool(true),
                    "custom_enabled", AttributeValue.fromBool(false),
                    "time_zone", s("Europe/Berlin")));
        });

        // the registration delivered again neither resets the preferences nor moves the position back
        Map<String, AttributeValue> before = readModel.user(user);
        assertThat(projection.apply(registration, new LogPosition(registeredAt.partition(), registeredAt.offset()))
                .join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.user(user)).isEqualTo(before);
    }

    @Test
    void emailIndexHoldsTheCanonicalEmailWhateverSpellingTheEventCarries() {
        String user = newId();
        String local = "Testy.Fake." + user.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        log.publish(event(user, Instant.parse("2026-11-24T17:00:00Z"),
                new UserRegistered(user, "JDoe-" + user, " " + local + "@Example.com ", "Jane", null)));
        String canonical = local.toLowerCase(java.util.Locale.ROOT) + "@example.com";

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.user(user);
            assertThat(item.get(Users.EMAIL)).isEqualTo(s(canonical));
            assertThat(item.get(Users.USERNAME)).isEqualTo(s("jdoe-" + user));
        });
        List<Map<String, AttributeValue>> found = readModel.client().query(r -> r.tableName(Users.DEFAULT_TABLE)
                .indexName(Users.EMAIL_INDEX)
                .keyConditionExpression("#email = :email")
                .expressionAttributeNames(Map.of("#email", Users.EMAIL))
                .expressionAttributeValues(Map.of(":email", s(canonical)))).items();
        assertThat(found).extracting(item -> item.get(Users.USER_ID).s()).containsExactly(user);
    }
}
