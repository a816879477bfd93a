package com.careervault.projector.erasure;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModel.RemindersSent;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.events.ContactAdded;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.ReminderSent;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.time.Timestamps;
import com.careervault.devstack.DevStack;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.SecondProjector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code UserDeleted} against the real projector and dynalite: every item of the user leaves every table,
 * a hashed tombstone stays, and neither a late event nor a replay of the whole log from offset 0 (whose
 * earlier events of the user are plaintext) writes an item of that user again. Another user is untouched.
 */
@ProjectorTest
class UserErasureTest {

    private static final String PROJECTOR_GROUP = "careervault-projector";

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @AfterEach
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void everyItemOfTheUserGoesAndNoLaterOrReplayedEventBringsOneBack() throws Exception {
        Instant t = Instant.parse("2026-11-01T08:00:00Z");
        String user = newId();
        String other = newId();
        String kept = newId();
        String deleted = newId();
        String reminder = newId();
        log.publish(event(user, t, new UserRegistered(user, "u-" + user, user + "@example.com", "Ada", "Lovelace")));
        log.publish(event(user, t.plusSeconds(1), Events.fullJob(kept)));
        log.publish(event(user, t.plusSeconds(2), Events.bareJob(deleted, "Umbrella")));
        log.publish(event(user, t.plusSeconds(3), new JobDeleted(deleted)));
        RecordMetadata sent = log.publish(event(user, t.plusSeconds(4),
                new ReminderSent(user, kept, reminder, "interview")));
        log.publish(event(user, t.plusSeconds(5), new ContactAdded(user, newId(), "Grace Hopper", "Recruiter",
                "Umbrella", "grace@example.com", null, null, null, List.of(kept))));
        RecordMetadata otherJob = log.publish(event(other, t, Events.fullJob(newId())));
        // the insights item comes from the analytics topic; here it only has to exist
        readModel.client().putItem(r -> r.tableName(Insights.DEFAULT_TABLE).item(Map.of(
                Insights.USER_ID, AttributeValue.fromS(user), Insights.TOTAL_JOBS, AttributeValue.fromN("1"))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(readModel.job(user, deleted)).containsKey(Jobs.DELETED);
            assertThat(items(Contacts.DEFAULT_TABLE, Contacts.USER_ID, user)).singleElement()
                    .satisfies(item -> assertThat(item).containsEntry(Contacts.NAME, AttributeValue.fromS("Grace Hopper")));
            assertThat(items(RemindersSent.DEFAULT_TABLE, RemindersSent.USER_ID, user)).singleElement()
                    .satisfies(item -> assertThat(item).containsEntry(Position.OFFSET,
                            AttributeValue.fromN(Long.toString(sent.offset()))));
            assertThat(items(Jobs.DEFAULT_TABLE, Jobs.USER_ID, other)).singleElement().satisfies(item ->
                    assertThat(item).containsEntry(Position.OFFSET,
                            AttributeValue.fromN(Long.toString(otherJob.offset()))));
        });
        assertThat(everything(user)).isNotEmpty();
        List<Map<String, AttributeValue>> othersBefore = everything(other);

        Instant deletedAt = t.plusSeconds(10);
        RecordMetadata deletion = log.publish(event(user, deletedAt, new UserDeleted(user)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(everything(user)).isEmpty());
        assertThat(readModel.user(tombstoneKey(user))).isEqualTo(Map.of(
                Users.USER_ID, AttributeValue.fromS(tombstoneKey(user)),
                "deleted_at", AttributeValue.fromS(Timestamps.format(deletedAt)),
                Position.PARTITION, AttributeValue.fromN(Integer.toString(deletion.partition())),
                Position.OFFSET, AttributeValue.fromN(Long.toString(deletion.offset()))));

        // a late event (appended while the API deleted the account) and a second deletion
        log.publish(event(user, deletedAt.plusSeconds(1), Events.fullJob(newId())));
        log.publish(event(user, deletedAt.plusSeconds(1), new UserPreferencesChanged(user,
                new ReminderPreferences(true, 3, false, true, "UTC"))));
        RecordMetadata again = log.publish(event(user, deletedAt.plusSeconds(2), new UserDeleted(user)));
        awaitCaughtUp(PROJECTOR_GROUP, SecondProjector.endOfLog());
        assertThat(everything(user)).isEmpty();

        // a replay of the whole log, from offset 0, into the live tables
        try (SecondProjector replay = SecondProjector.start("replay-" + newId())) {
            replay.awaitCaughtUp(SecondProjector.endOfLog());
        }
        assertThat(everything(user)).isEmpty();
        // the second deletion moved the tombstone on; the replay's deletions were older, so skipped
        assertThat(readModel.user(tombstoneKey(user))).containsEntry(Position.OFFSET,
                AttributeValue.fromN(Long.toString(again.offset())));
        assertThat(everything(other)).isEqualTo(othersBefore);
    }

    /** Every item of the user in every read-model table, by table. */
    private List<Map<String, AttributeValue>> everything(String user) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.addAll(items(Jobs.DEFAULT_TABLE, Jobs.USER_ID, user));
        items.addAll(items(CompanySearch.DEFAULT_TABLE, CompanySearch.USER_ID, user));
        items.addAll(items(JobTags.DEFAULT_TABLE, JobTags.USER_ID, user));
        items.addAll(items(Interviews.DEFAULT_TABLE, Interviews.USER_ID, user));
        items.addAll(items(RemindersSent.DEFAULT_TABLE, RemindersSent.USER_ID, user));
        items.addAll(items(Users.DEFAULT_TABLE, Users.USER_ID, user));
        items.addAll(items(Insights.DEFAULT_TABLE, Insights.USER_ID, user));
        items.addAll(items(Contacts.DEFAULT_TABLE, Contacts.USER_ID, user));
        return items;
    }

    private List<Map<String, AttributeValue>> items(String table, String partitionKey, String user) {
        return readModel.client().query(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", partitionKey))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(user)))).items();
    }

    private static String tombstoneKey(String user) throws Exception {
        return "deleted-user#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(user.getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitCaughtUp(String group, Map<TopicPartition, Long> end) {
        try (Admin admin = DevStack.shared().kafkaAdmin()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                return end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                        || (committed.get(partition.getKey()) != null
                                && committed.get(partition.getKey()).offset() >= partition.getValue()));
            });
        }
    }
}
