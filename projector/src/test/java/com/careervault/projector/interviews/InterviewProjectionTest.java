package com.careervault.projector.interviews;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.InterviewOutcome;
import com.careervault.contracts.interviews.LegacyInterview;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.dynamodb.InterviewsProperties;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.jobs.JobProjection;
import com.careervault.projector.jobs.TombstoneProperties;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewProjectionTest {

    /** A bound for a busy shared machine. */
    private static final Duration APPLIED = Duration.ofSeconds(45);
    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @Autowired
    EventProjection projection;
    @Autowired
    DynamoDbAsyncClient dynamoDb;
    @Autowired
    DynamoDbProperties tables;
    @Autowired
    TombstoneProperties tombstones;

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void aScheduledInterviewBecomesAnItemWithEveryAttribute() {
        String user = newId();
        String job = newId();
        String interview = newId();
        RecordMetadata at = log.publish(event(user, T, scheduled(job, interview)));

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Interviews.USER_ID, s(user));
        expected.put(Interviews.INTERVIEW_KEY, s(job + "#" + interview));
        expected.put(Interviews.JOB_ID, s(job));
        expected.put(Interviews.INTERVIEW_ID, s(interview));
        expected.put(Interviews.STARTS_AT, s("2026-12-03T09:00:00.000000Z"));
        expected.put(Interviews.TIME_ZONE, s("Europe/Berlin"));
        expected.put(Interviews.DURATION_MINUTES, n(45));
        expected.put(Interviews.KIND, s("technical"));
        expected.put(Interviews.LOCATION, s("Alexanderplatz 1, Berlin"));
        expected.put(Interviews.MEETING_URL, s("https://meet.example.com/abc"));
        expected.put(Interviews.CONTACT_IDS, AttributeValue.fromL(List.of(s("c-1"), s("c-2"))));
        expected.put(Interviews.NOTES, s("Bring the portfolio"));
        expected.put(Interviews.STATUS, s("scheduled"));
        expected.put(Interviews.SEQUENCE, n(0));
        expected.put(Interviews.LEGACY, AttributeValue.fromBool(false));
        expected.put(Interviews.CREATED_AT, s("2026-11-20T09:00:00.000000Z"));
        expected.put(Position.PARTITION, n(at.partition()));
        expected.put(Position.OFFSET, n(at.offset()));

        await().atMost(APPLIED).untilAsserted(() -> assertThat(interview(user, job, interview)).isEqualTo(expected));
    }

    /**
     * SEQUENCE 0 → 1 → 2: scheduled, rescheduled (without place and notes), outcome, cancelled. Redelivered: every
     * event skipped, the item unchanged. Replayed into an empty table at the same positions: the same item.
     */
    @Test
    void rescheduleAndCancelRaiseTheSequenceOnceEachWhateverIsRedeliveredOrReplayed() {
        String user = newId();
        String job = newId();
        String interview = newId();
        List<EventEnvelope> events = List.of(
                event(user, T, scheduled(job, interview)),
                event(user, T.plusSeconds(60), new InterviewRescheduled(job, interview,
                        Instant.parse("2026-12-04T14:30:00Z"), "America/New_York", 60, InterviewKind.PANEL, null, null,
                        List.of("c-2"), null)),
                event(user, T.plusSeconds(120), new InterviewOutcomeRecorded(job, interview,
                        InterviewOutcome.NO_SHOW)),
                event(user, T.plusSeconds(180), new InterviewCancelled(job, interview)),
                // a second cancellation (e.g. two clients) changes nothing: already cancelled
                event(user, T.plusSeconds(240), new InterviewCancelled(job, interview)));
        List<RecordMetadata> positions = new ArrayList<>();
        events.forEach(event -> positions.add(log.publish(event)));
        RecordMetadata cancelledAt = positions.get(3);

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Interviews.USER_ID, s(user));
        expected.put(Interviews.INTERVIEW_KEY, s(job + "#" + interview));
        expected.put(Interviews.JOB_ID, s(job));
        expected.put(Interviews.INTERVIEW_ID, s(interview));
        expected.put(Interviews.STARTS_AT, s("2026-12-04T14:30:00.000000Z"));
        expected.put(Interviews.TIME_ZONE, s("America/New_York"));
        expected.put(Interviews.DURATION_MINUTES, n(60));
        expected.put(Interviews.KIND, s("panel"));
        expected.put(Interviews.CONTACT_IDS, AttributeValue.fromL(List.of(s("c-2"))));
        expected.put(Interviews.OUTCOME, s("no_show"));
        expected.put(Interviews.STATUS, s("cancelled"));
        expected.put(Interviews.SEQUENCE, n(2));
        expected.put(Interviews.LEGACY, AttributeValue.fromBool(false));
        expected.put(Interviews.CREATED_AT, s("2026-11-20T09:00:00.000000Z"));
        expected.put(Interviews.UPDATED_AT, s("2026-11-20T09:03:00.000000Z"));
        expected.put(Position.PARTITION, n(cancelledAt.partition()));
        expected.put(Position.OFFSET, n(cancelledAt.offset()));
        // the second cancellation is consumed once a later event of the user is
        String marker = newId();
        log.publish(event(user, T.plusSeconds(300), scheduled(job, marker)));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(interview(user, job, marker)).isNotEmpty());
        assertThat(interview(user, job, interview)).isEqualTo(expected);

        for (int i = 0; i < events.size(); i++) {
            assertThat(projection.apply(events.get(i), position(positions.get(i))).join())
                    .isEqualTo(ProjectionOutcome.SKIPPED);
        }
        assertThat(interview(user, job, interview)).isEqualTo(expected);

        String rebuilt = "Rebuild-Interviews-" + newId().substring(0, 8);
        readModel.client().createTable(ReadModelTables.interviews(rebuilt));
        InterviewProjection replay = new InterviewProjection(dynamoDb, new InterviewsProperties(rebuilt), tables);
        for (int i = 0; i < events.size(); i++) {
            apply(replay, events.get(i), position(positions.get(i)));
        }
        assertThat(interview(rebuilt, user, job, interview)).isEqualTo(expected);
    }

    /**
     * A job's interview_at is its legacy interview: created with the job; a change that repeats the time leaves it;
     * a new time reschedules it (1); clearing cancels it (2); setting it again schedules it again (3). Redelivery
     * and a replay into empty tables give the same item; the job's deletion leaves it.
     */
    @Test
    void aJobsInterviewAtIsItsLegacyInterview() {
        String user = newId();
        String job = newId();
        String legacyId = LegacyInterview.id(job);
        List<EventEnvelope> events = List.of(
                event(user, T, Events.fullJob(job)),
                event(user, T.plusSeconds(1), interviewAt(job, Instant.parse("2026-12-01T15:00:00Z"))),
                event(user, T.plusSeconds(2), interviewAt(job, Instant.parse("2026-12-02T16:00:00Z"))),
                event(user, T.plusSeconds(3), new JobUpdated(job, null, null, null, null, null, null, null, null,
                        null, null, List.of("interview_at"))),
                event(user, T.plusSeconds(4), interviewAt(job, Instant.parse("2026-12-05T08:00:00Z"))),
                event(user, T.plusSeconds(5), new JobDeleted(job)));
        List<RecordMetadata> positions = new ArrayList<>();
        events.forEach(event -> positions.add(log.publish(event)));
        RecordMetadata lastChange = positions.get(4);

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Interviews.USER_ID, s(user));
        expected.put(Interviews.INTERVIEW_KEY, s(job + "#" + legacyId));
        expected.put(Interviews.JOB_ID, s(job));
        expected.put(Interviews.INTERVIEW_ID, s(legacyId));
        expected.put(Interviews.STARTS_AT, s("2026-12-05T08:00:00.000000Z"));
        expected.put(Interviews.TIME_ZONE, s("UTC"));
        expected.put(Interviews.DURATION_MINUTES, n(60));
        expected.put(Interviews.KIND, s("other"));
        expected.put(Interviews.CONTACT_IDS, AttributeValue.fromL(List.of()));
        expected.put(Interviews.STATUS, s("scheduled"));
        expected.put(Interviews.SEQUENCE, n(3));
        expected.put(Interviews.LEGACY, AttributeValue.fromBool(true));
        expected.put(Interviews.CREATED_AT, s("2026-11-20T09:00:00.000000Z"));
        expected.put(Interviews.UPDATED_AT, s("2026-11-20T09:00:04.000000Z"));
        expected.put(Position.PARTITION, n(lastChange.partition()));
        expected.put(Position.OFFSET, n(lastChange.offset()));

        RecordMetadata deletedAt = positions.get(5);
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job).get(Position.OFFSET))
                .isEqualTo(n(deletedAt.offset())));
        assertThat(interview(user, job, legacyId)).isEqualTo(expected);

        for (int i = 0; i < events.size(); i++) {
            assertThat(projection.apply(events.get(i), position(positions.get(i))).join())
                    .isEqualTo(ProjectionOutcome.SKIPPED);
        }
        assertThat(interview(user, job, legacyId)).isEqualTo(expected);

        // a replay into empty jobs and interviews tables, legacy interview first as EventProjection does
        String suffix = newId().substring(0, 8);
        String rebuiltJobs = "Rebuild-Jobs-" + suffix;
        String rebuilt = "Rebuild-Interviews-" + suffix;
        readModel.client().createTable(ReadModelTables.jobs(rebuiltJobs));
        readModel.client().createTable(ReadModelTables.interviews(rebuilt));
        DynamoDbProperties rebuild = new DynamoDbProperties(tables.endpoint(), rebuiltJobs, tables.usersTable(),
                tables.companySearchTable(), tables.jobTagsTable(), tables.insightsTable(), false,
                tables.apiCallAttemptTimeout(), tables.apiCallTimeout(), tables.maxConcurrency());
        JobProjection jobs = new JobProjection(dynamoDb, rebuild, tombstones, Clock.systemUTC());
        InterviewProjection interviews = new InterviewProjection(dynamoDb, new InterviewsProperties(rebuilt), rebuild);
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            LogPosition at = position(positions.get(i));
            if (event.data() instanceof JobCreated created) {
                interviews.jobCreated(event, created, at).join();
                jobs.created(event, created, at).join();
            } else if (event.data() instanceof JobUpdated updated) {
                interviews.jobUpdated(event, updated, at).join();
                jobs.updated(event, updated, at).join();
            } else if (event.data() instanceof JobDeleted deleted) {
                jobs.deleted(event, deleted, at).join();
            }
        }
        assertThat(interview(rebuilt, user, job, legacyId)).isEqualTo(expected);
    }

    @Test
    void aJobCreatedWithoutInterviewAtHasNoInterview() {
        String user = newId();
        String job = newId();
        log.publish(event(user, T, Events.bareJob(job, "Acme")));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isNotEmpty());
        assertThat(interview(user, job, LegacyInterview.id(job))).isEmpty();
    }

    @Test
    void theAccountsErasureDeletesEveryInterview() {
        String user = newId();
        String job = newId();
        String interview = newId();
        log.publish(event(user, T, Events.fullJob(job)));
        log.publish(event(user, T.plusSeconds(1), scheduled(job, interview)));
        await().atMost(APPLIED).untilAsserted(() -> {
            assertThat(interview(user, job, interview)).isNotEmpty();
            assertThat(interview(user, job, LegacyInterview.id(job))).isNotEmpty();
        });

        log.publish(event(user, T.plusSeconds(2), new UserDeleted(user)));

        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.client().query(request -> request
                .tableName(Interviews.DEFAULT_TABLE).consistentRead(true)
                .keyConditionExpression("#user = :user")
                .expressionAttributeNames(Map.of("#user", Interviews.USER_ID))
                .expressionAttributeValues(Map.of(":user", s(user)))).items()).isEmpty());
    }

    private static void apply(InterviewProjection interviews, EventEnvelope event, LogPosition at) {
        if (event.data() instanceof InterviewScheduled scheduled) {
            interviews.scheduled(event, scheduled, at).join();
        } else if (event.data() instanceof InterviewRescheduled rescheduled) {
            interviews.rescheduled(event, rescheduled, at).join();
        } else if (event.data() instanceof InterviewCancelled cancelled) {
            interviews.cancelled(event, cancelled, at).join();
        } else if (event.data() instanceof InterviewOutcomeRecorded outcome) {
            interviews.outcomeRecorded(event, outcome, at).join();
        }
    }

    private static InterviewScheduled scheduled(String job, String interview) {
        return new InterviewScheduled(job, interview, Instant.parse("2026-12-03T09:00:00Z"), "Europe/Berlin", 45,
                InterviewKind.TECHNICAL, "Alexanderplatz 1, Berlin", "https://meet.example.com/abc",
                List.of("c-1", "c-2"), "Bring the portfolio");
    }

    private static JobUpdated interviewAt(String job, Instant at) {
        return new JobUpdated(job, null, null, null, null, null, null, null, at, null, null, List.of());
    }

    private Map<String, AttributeValue> interview(String user, String job, String interview) {
        return interview(Interviews.DEFAULT_TABLE, user, job, interview);
    }

    private Map<String, AttributeValue> interview(String table, String user, String job, String interview) {
        return readModel.client().getItem(request -> request.tableName(table).consistentRead(true).key(Map.of(
                Interviews.USER_ID, s(user), Interviews.INTERVIEW_KEY, s(Interviews.key(job, interview))))).item();
    }
}
