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
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerificationRequested;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserSignUpAttempted;
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
                // a registration written before verification existed: the account was created verified
                Users.EMAIL_VERIFIED, AttributeValue.fromBool(true),
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
                "time_zone", s("UTC"),
                "interview_lead_hours", n(24),
                "ghosted_after_applied_days", n(21),
                "ghosted_after_interview_days", n(14)));

        ReminderPreferences chosen = new ReminderPreferences(false, 14, true, false, "Europe/Berlin", 3, 30, 10);
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
                    "time_zone", s("Europe/Berlin"),
                    "interview_lead_hours", n(3),
                    "ghosted_after_applied_days", n(30),
                    "ghosted_after_interview_days", n(10)));
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

    @Test
    void theAddressIsVerifiedOnlyForTheCurrentAddressAndAnEmailChangeStartsOver() {
        String user = newId();
        Instant registered = Instant.parse("2026-11-30T08:00:00Z");
        String first = "first-" + user + "@example.com";
        String second = "second-" + user + "@example.com";
        RecordMetadata registeredAt = log.publish(event(user, registered,
                new UserRegistered(user, "jdoe-" + user, first, "Jane", null, false)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(readModel.user(user)).isEqualTo(Map.of(
                Users.USER_ID, s(user),
                Users.USERNAME, s("jdoe-" + user),
                Users.EMAIL, s(first),
                Users.EMAIL_VERIFIED, AttributeValue.fromBool(false),
                Users.GIVEN_NAME, s("Jane"),
                Users.CREATED_AT, s("2026-11-30T08:00:00.000000Z"),
                Users.PREFERENCES, UserProjection.preferences(ReminderPreferences.defaults()),
                Position.PARTITION, n(registeredAt.partition()),
                Position.OFFSET, n(registeredAt.offset()))));

        // the events that are only mail change nothing; verifying another address changes nothing either
        log.publish(event(user, registered.plusSeconds(1), new UserEmailVerificationRequested(user, first)));
        log.publish(event(user, registered.plusSeconds(2), new UserPasswordResetRequested(user, first, newId())));
        log.publish(event(user, registered.plusSeconds(3), new UserPasswordChanged(user, UserPasswordChanged.RESET)));
        log.publish(event(user, registered.plusSeconds(4), new UserSignUpAttempted(user, first)));
        log.publish(event(user, registered.plusSeconds(5), new UserEmailVerified(user, second)));
        // spelled differently from the item: compared in canonical form
        EventEnvelope verification = event(user, registered.plusSeconds(6),
                new UserEmailVerified(user, first.toUpperCase(java.util.Locale.ROOT)));
        RecordMetadata verifiedAt = log.publish(verification);
        Map<String, AttributeValue> verified = Map.of(
                Users.USER_ID, s(user),
                Users.USERNAME, s("jdoe-" + user),
                Users.EMAIL, s(first),
                Users.EMAIL_VERIFIED, AttributeValue.fromBool(true),
                Users.GIVEN_NAME, s("Jane"),
                Users.CREATED_AT, s("2026-11-30T08:00:00.000000Z"),
                Users.PREFERENCES, UserProjection.preferences(ReminderPreferences.defaults()),
                Position.PARTITION, n(verifiedAt.partition()),
                Position.OFFSET, n(verifiedAt.offset()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(readModel.user(user)).isEqualTo(verified));

        // redelivered, replayed: applied once
        assertThat(projection.apply(verification, new LogPosition(verifiedAt.partition(), verifiedAt.offset()))
                .join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.user(user)).isEqualTo(verified);

        EventEnvelope change = event(user, registered.plusSeconds(7), new UserEmailChanged(user, " Second-" + user
                + "@Example.com", first));
        RecordMetadata changedAt = log.publish(change);
        Map<String, AttributeValue> changed = new java.util.HashMap<>(verified);
        changed.put(Users.EMAIL, s(second));
        changed.put(Users.EMAIL_VERIFIED, AttributeValue.fromBool(false));
        changed.put(Position.OFFSET, n(changedAt.offset()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(readModel.user(user)).isEqualTo(changed));

        // the old address's verification delivered again does not verify the new address
        assertThat(projection.apply(verification, new LogPosition(verifiedAt.partition(), verifiedAt.offset()))
                .join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, new LogPosition(changedAt.partition(), changedAt.offset()))
                .join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.user(user)).isEqualTo(changed);

        RecordMetadata secondVerifiedAt = log.publish(event(user, registered.plusSeconds(8),
                new UserEmailVerified(user, second)));
        Map<String, AttributeValue> secondVerified = new java.util.HashMap<>(changed);
        secondVerified.put(Users.EMAIL_VERIFIED, AttributeValue.fromBool(true));
        secondVerified.put(Position.OFFSET, n(secondVerifiedAt.offset()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(
                () -> assertThat(readModel.user(user)).isEqualTo(secondVerified));
    }
}
