package com.careervault.projector.contacts;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.ContactAdded;
import com.careervault.contracts.events.ContactChanged;
import com.careervault.contracts.events.ContactContacted;
import com.careervault.contracts.events.ContactRemoved;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.interviews.InterviewOutcome;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Contact events through the running projector into {@code CareerVault-Contacts}: exact items, redelivery and
 * replay at the original positions change nothing, a removal's tombstone keeps a redelivered add out, and
 * {@code last_contacted_at} is the latest "contacted" action or held interview (read from the interview's item,
 * written here as the interview projection writes it).
 */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactProjectionTest {

    private static final Duration APPLIED = Duration.ofSeconds(45);

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
    void anAddedContactBecomesAnItemWithItsSearchKeysAndARedeliveryChangesNothing() {
        String user = newId();
        String contact = newId();
        String job = newId();
        Instant added = Instant.parse("2026-11-24T17:00:00.123Z");
        EventEnvelope add = event(user, added, new ContactAdded(user, contact, " Ada Lovelace", "Engineering Manager",
                "Tech Corp", "ada@example.com", "+44 20 7946 0000", "https://www.linkedin.com/in/ada",
                "Met at the meetup", List.of(job)));
        RecordMetadata at = log.publish(add);

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Contacts.USER_ID, s(user));
        expected.put(Contacts.CONTACT_ID, s(contact));
        expected.put(Contacts.NAME, s(" Ada Lovelace"));
        expected.put(Contacts.NAME_KEY, s("ada lovelace"));
        expected.put(Contacts.ROLE, s("Engineering Manager"));
        expected.put(Contacts.COMPANY, s("Tech Corp"));
        expected.put(Contacts.COMPANY_KEY, s("tech corp"));
        expected.put(Contacts.EMAIL, s("ada@example.com"));
        expected.put(Contacts.PHONE, s("+44 20 7946 0000"));
        expected.put(Contacts.PROFILE_URL, s("https://www.linkedin.com/in/ada"));
        expected.put(Contacts.NOTES, s("Met at the meetup"));
        expected.put(Contacts.JOB_IDS, AttributeValue.fromL(List.of(s(job))));
        expected.put(Contacts.CREATED_AT, s("2026-11-24T17:00:00.123000Z"));
        expected.put(Position.PARTITION, n(at.partition()));
        expected.put(Position.OFFSET, n(at.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(contact(user, contact)).isEqualTo(expected));

        assertThat(projection.apply(add, position(at)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(contact(user, contact)).isEqualTo(expected);
    }

    @Test
    void aChangeReplacesTheWholeDetailsAndAnOlderReplayDoesNotUndoIt() {
        String user = newId();
        String contact = newId();
        String first = newId();
        String second = newId();
        Instant t = Instant.parse("2026-11-24T17:00:00Z");
        EventEnvelope add = event(user, t, new ContactAdded(user, contact, "Ada Lovelace", "Engineer", "Tech Corp",
                "ada@example.com", "+44 20 7946 0000", null, "Met at the meetup", List.of(first)));
        RecordMetadata addedAt = log.publish(add);
        RecordMetadata changedAt = log.publish(event(user, t.plusSeconds(60), new ContactChanged(user, contact,
                "Ada King", "Director", "Analytical Engines", null, null, "https://example.com/ada", null,
                List.of(first, second))));

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Contacts.USER_ID, s(user));
        expected.put(Contacts.CONTACT_ID, s(contact));
        expected.put(Contacts.NAME, s("Ada King"));
        expected.put(Contacts.NAME_KEY, s("ada king"));
        expected.put(Contacts.ROLE, s("Director"));
        expected.put(Contacts.COMPANY, s("Analytical Engines"));
        expected.put(Contacts.COMPANY_KEY, s("analytical engines"));
        expected.put(Contacts.PROFILE_URL, s("https://example.com/ada"));
        expected.put(Contacts.JOB_IDS, AttributeValue.fromL(List.of(s(first), s(second))));
        expected.put(Contacts.CREATED_AT, s("2026-11-24T17:00:00.000000Z"));
        expected.put(Contacts.UPDATED_AT, s("2026-11-24T17:01:00.000000Z"));
        expected.put(Position.PARTITION, n(changedAt.partition()));
        expected.put(Position.OFFSET, n(changedAt.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(contact(user, contact)).isEqualTo(expected));

        assertThat(projection.apply(add, position(addedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(contact(user, contact)).isEqualTo(expected);
    }

    @Test
    void aRemovedContactLeavesATombstoneThatARedeliveredAddOrContactDoesNotBringBack() {
        String user = newId();
        String contact = newId();
        Instant t = Instant.now();
        EventEnvelope add = event(user, t, new ContactAdded(user, contact, "Ada Lovelace", null, null, null, null,
                null, null, List.of()));
        RecordMetadata addedAt = log.publish(add);
        RecordMetadata removedAt = log.publish(event(user, t.plusSeconds(1), new ContactRemoved(user, contact)));

        await().atMost(APPLIED).untilAsserted(() -> assertThat(contact(user, contact))
                .containsEntry(Position.OFFSET, n(removedAt.offset())));
        Map<String, AttributeValue> tombstone = contact(user, contact);
        assertThat(tombstone).containsOnlyKeys(Contacts.USER_ID, Contacts.CONTACT_ID, Contacts.REMOVED,
                Contacts.EXPIRES_AT, Position.PARTITION, Position.OFFSET);
        assertThat(tombstone.get(Contacts.REMOVED)).isEqualTo(AttributeValue.fromBool(true));
        // the projector's default lifetime, 30 days, from when it was applied
        long expiresAt = Long.parseLong(tombstone.get(Contacts.EXPIRES_AT).n());
        assertThat(expiresAt - Instant.now().getEpochSecond()).isBetween(Duration.ofDays(30).toSeconds() - 120,
                Duration.ofDays(30).toSeconds() + 1);

        assertThat(projection.apply(add, position(addedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        EventEnvelope contacted = event(user, t.plusSeconds(2), new ContactContacted(user, contact, t));
        assertThat(projection.apply(contacted, position(addedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(contact(user, contact)).isEqualTo(tombstone);
    }

    @Test
    void lastContactedIsTheLatestContactedActionOrHeldInterview() {
        String user = newId();
        String ada = newId();
        String grace = newId();
        String job = newId();
        String held = newId();
        String missed = newId();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        log.publish(event(user, t, new ContactAdded(user, ada, "Ada", null, null, null, null, null, null,
                List.of(job))));
        log.publish(event(user, t, new ContactAdded(user, grace, "Grace", null, null, null, null, null, null,
                List.of(job))));
        // the interviews as the interview projection keeps them: one held, one the user did not turn up to
        putInterview(user, job, held, "2026-11-25T14:00:00.000000Z", List.of(ada, grace));
        putInterview(user, job, missed, "2026-11-30T14:00:00.000000Z", List.of(ada));

        log.publish(event(user, t.plusSeconds(10), new ContactContacted(user, ada,
                Instant.parse("2026-11-22T10:00:00Z"))));
        log.publish(event(user, t.plusSeconds(20), new InterviewOutcomeRecorded(job, held, InterviewOutcome.PASSED)));
        // an earlier "contacted" after the interview does not lower it; a no-show does not raise it
        log.publish(event(user, t.plusSeconds(30), new ContactContacted(user, ada,
                Instant.parse("2026-11-21T10:00:00Z"))));
        log.publish(event(user, t.plusSeconds(40), new InterviewOutcomeRecorded(job, missed,
                InterviewOutcome.NO_SHOW)));
        RecordMetadata last = log.publish(event(user, t.plusSeconds(50), new ContactContacted(user, grace,
                Instant.parse("2026-11-26T08:30:00Z"))));

        await().atMost(APPLIED).untilAsserted(() -> {
            assertThat(contact(user, grace).get(Contacts.LAST_CONTACTED_AT)).isEqualTo(s("2026-11-26T08:30:00.000000Z"));
            assertThat(contact(user, ada).get(Contacts.LAST_CONTACTED_AT)).isEqualTo(s("2026-11-25T14:00:00.000000Z"));
        });
        Map<String, AttributeValue> adaItem = contact(user, ada);

        // the held interview's outcome again, and the contacted action again: nothing moves
        EventEnvelope outcome = event(user, t.plusSeconds(20), new InterviewOutcomeRecorded(job, held,
                InterviewOutcome.PASSED));
        // (the interview item itself takes the outcome again at this later position: InterviewProjectionTest's part)
        projection.apply(outcome, position(last)).join();
        assertThat(contact(user, ada)).isEqualTo(adaItem);
        assertThat(contact(user, grace).get(Contacts.LAST_CONTACTED_AT)).isEqualTo(s("2026-11-26T08:30:00.000000Z"));
    }

    @Test
    void aHeldInterviewAppliedBeforeTheContactsAddKeepsItsTimeThroughTheAdd() {
        String user = newId();
        String contact = newId();
        String job = newId();
        String interview = newId();
        putInterview(user, job, interview, "2026-11-25T14:00:00.000000Z", List.of(contact));
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        // as in a replay where the job's lane runs ahead of the user's: the outcome first, then the add
        log.publish(event(user, t, new InterviewOutcomeRecorded(job, interview,
                InterviewOutcome.UNKNOWN)));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(contact(user, contact)).isEqualTo(Map.of(
                Contacts.USER_ID, s(user), Contacts.CONTACT_ID, s(contact),
                Contacts.LAST_CONTACTED_AT, s("2026-11-25T14:00:00.000000Z"))));

        RecordMetadata addedAt = log.publish(event(user, t.plusSeconds(1), new ContactAdded(user, contact, "Ada",
                null, null, null, null, null, null, List.of(job))));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(contact(user, contact)).isEqualTo(Map.of(
                Contacts.USER_ID, s(user), Contacts.CONTACT_ID, s(contact), Contacts.NAME, s("Ada"),
                Contacts.NAME_KEY, s("ada"), Contacts.JOB_IDS, AttributeValue.fromL(List.of(s(job))),
                Contacts.CREATED_AT, s("2026-11-20T09:00:01.000000Z"),
                Contacts.LAST_CONTACTED_AT, s("2026-11-25T14:00:00.000000Z"),
                Position.PARTITION, n(addedAt.partition()), Position.OFFSET, n(addedAt.offset()))));
    }

    private Map<String, AttributeValue> contact(String userId, String contactId) {
        return readModel.client().getItem(r -> r.tableName(Contacts.DEFAULT_TABLE).consistentRead(true)
                .key(Map.of(Contacts.USER_ID, s(userId), Contacts.CONTACT_ID, s(contactId)))).item();
    }

    private void putInterview(String userId, String jobId, String interviewId, String startsAt,
            List<String> contactIds) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Interviews.USER_ID, s(userId));
        item.put(Interviews.INTERVIEW_KEY, s(Interviews.key(jobId, interviewId)));
        item.put(Interviews.JOB_ID, s(jobId));
        item.put(Interviews.INTERVIEW_ID, s(interviewId));
        item.put(Interviews.STARTS_AT, s(startsAt));
        item.put(Interviews.TIME_ZONE, s("Europe/Berlin"));
        item.put(Interviews.DURATION_MINUTES, n(60));
        item.put(Interviews.KIND, s("technical"));
        item.put(Interviews.CONTACT_IDS, AttributeValue.fromL(contactIds.stream().map(AttributeValue::fromS).toList()));
        item.put(Interviews.STATUS, s(Interviews.SCHEDULED));
        item.put(Interviews.SEQUENCE, n(0));
        item.put(Interviews.LEGACY, AttributeValue.fromBool(false));
        item.put(Interviews.CREATED_AT, s("2026-11-19T09:00:00.000000Z"));
        readModel.client().putItem(r -> r.tableName(Interviews.DEFAULT_TABLE).item(item));
    }
}
