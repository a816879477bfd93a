package com.careervault.projector.jobs;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Ai;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.FrozenPostings;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The posting's text on the job item, and the enricher's results ({@code JobEnriched}) kept on it only while
 * they are about the job's current text: through the running projector (real Kafka, real dynalite).
 */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobEnrichmentProjectionTest {

    private static final Duration APPLIED = Duration.ofSeconds(45);
    private static final String BACKEND = "Backend engineer.\nJava 17, Kafka and DynamoDB; on call one week in six.";
    private static final String PLATFORM = "Platform engineer.\nKubernetes, Terraform and Go.";
    private static final String RESUME_HASH = EnrichmentInputs.hash("Ten years of Java and Kafka.");

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @Autowired
    EventProjection projection;
    @Autowired
    ProjectionMetrics metrics;
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
    void theDescriptionIsStoredWithItsHashChangedAndCleared() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        RecordMetadata createdAt = log.publish(event(user, created, withDescription(job, BACKEND)));

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Jobs.USER_ID, s(user));
        expected.put(Jobs.JOB_ID, s(job));
        expected.put(Jobs.COMPANY, s("Acme"));
        expected.put(Jobs.COMPANY_KEY, s("acme"));
        expected.put(Jobs.POSITION, s("Backend Engineer"));
        expected.put(Jobs.STATUS, s("Applied"));
        expected.put(Jobs.JOB_DESCRIPTION, s(BACKEND));
        // SHA-256 of the UTF-8 text, lowercase hex: what the enricher's description_hash is compared with
        expected.put(Jobs.JOB_DESCRIPTION_HASH, s(EnrichmentInputs.hash(BACKEND)));
        expected.put(Jobs.CREATED_AT, s("2026-11-24T17:00:00.000000Z"));
        expected.put(Jobs.UPDATED_AT, s("2026-11-24T17:00:00.000000Z"));
        expected.put(Jobs.STATUS_CREATED_AT, s("Applied#2026-11-24T17:00:00.000000Z"));
        expected.put(Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(AttributeValue.fromM(
                Map.of("status", s("Applied"), "at", s("2026-11-24T17:00:00.000000Z"))))));
        expected.put(Jobs.STATUS_HISTORY_COUNT, n(1));
        // created as Applied: the posting is frozen, and stays as it was through the changes below
        expected.put(Jobs.POSTING_AS_APPLIED, AttributeValue.fromM(Map.of(FrozenPostings.JOB_DESCRIPTION, s(BACKEND),
                FrozenPostings.FROZEN_AT, s("2026-11-24T17:00:00.000000Z"))));
        expected.put(Position.PARTITION, n(createdAt.partition()));
        expected.put(Position.OFFSET, n(createdAt.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isEqualTo(expected));

        RecordMetadata changedAt = log.publish(event(user, created.plusSeconds(60), description(job, PLATFORM)));
        expected.put(Jobs.JOB_DESCRIPTION, s(PLATFORM));
        expected.put(Jobs.JOB_DESCRIPTION_HASH, s(EnrichmentInputs.hash(PLATFORM)));
        expected.put(Jobs.UPDATED_AT, s("2026-11-24T17:01:00.000000Z"));
        expected.put(Position.OFFSET, n(changedAt.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isEqualTo(expected));

        RecordMetadata clearedAt = log.publish(event(user, created.plusSeconds(120), clearDescription(job)));
        expected.remove(Jobs.JOB_DESCRIPTION);
        expected.remove(Jobs.JOB_DESCRIPTION_HASH);
        expected.put(Jobs.UPDATED_AT, s("2026-11-24T17:02:00.000000Z"));
        expected.put(Position.OFFSET, n(clearedAt.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isEqualTo(expected));
    }

    @Test
    void aResultForTheCurrentDescriptionIsKeptAsTheAiMapWithoutTouchingUpdatedAt() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        RecordMetadata createdAt = log.publish(event(user, created, withDescription(job, BACKEND)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(createdAt.offset())));
        Map<String, AttributeValue> before = readModel.job(user, job);
        double kept = metrics.enrichmentsKeptCount();

        JobEnriched result = scored(job, BACKEND, 82);
        EventEnvelope enriched = enrichedEvent(user, created.plusSeconds(5), result);
        RecordMetadata enrichedAt = log.publish(enriched);

        Map<String, AttributeValue> ai = new HashMap<>();
        ai.put(Ai.SUMMARY, s("A backend role on Java and Kafka."));
        ai.put(Ai.REQUIRED_SKILLS, AttributeValue.fromL(List.of(s("Java"), s("Kafka"), s("DynamoDB"))));
        ai.put(Ai.MATCH_SCORE, n(82));
        ai.put(Ai.STRENGTHS, AttributeValue.fromL(List.of(s("Java"), s("Kafka"))));
        ai.put(Ai.GAPS, AttributeValue.fromL(List.of(s("DynamoDB"))));
        ai.put(Ai.PROVIDER, s("gemini"));
        ai.put(Ai.MODEL, s("gemini-2.5-flash"));
        ai.put(Ai.DEGRADED, AttributeValue.fromBool(false));
        ai.put(Ai.INPUT_HASH, s(EnrichmentInputs.inputHash(EnrichmentInputs.hash(BACKEND), RESUME_HASH)));
        ai.put(Ai.DESCRIPTION_HASH, s(EnrichmentInputs.hash(BACKEND)));
        ai.put(Ai.RESUME_HASH, s(RESUME_HASH));
        ai.put(Ai.COMPUTED_AT, s("2026-11-24T17:00:05.000000Z"));
        ai.put(Ai.EVENT_ID, s(enriched.id()));
        Map<String, AttributeValue> expected = new HashMap<>(before);
        expected.put(Jobs.AI, AttributeValue.fromM(ai));
        expected.put(Position.OFFSET, n(enrichedAt.offset()));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isEqualTo(expected));
        assertThat(expected.get(Jobs.UPDATED_AT)).isEqualTo(s("2026-11-24T17:00:00.000000Z"));
        assertThat(metrics.enrichmentsKeptCount()).isEqualTo(kept + 1);

        // redelivered: changes nothing, and is not counted as ignored
        double ignored = metrics.enrichmentsIgnoredCount();
        assertThat(projection.apply(enriched, position(enrichedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(expected);
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored);
    }

    @Test
    void aResultForAnOutdatedDescriptionIsIgnoredAndCounted() {
        String user = newId();
        String job = newId();
        Instant created = Instant.now();
        log.publish(event(user, created, withDescription(job, BACKEND)));
        log.publish(event(user, created.plusSeconds(1), description(job, PLATFORM)));
        double ignored = metrics.enrichmentsIgnoredCount();
        // computed for the first text, arriving after the change (as the enricher's answer would)
        EventEnvelope outdated = enrichedEvent(user, created.plusSeconds(2), scored(job, BACKEND, 40));
        RecordMetadata outdatedAt = log.publish(outdated);
        // a later event of the same job shows the result has been consumed (one job's events are applied in order)
        RecordMetadata movedAt = log.publish(event(user, created.plusSeconds(3),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Screening)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(movedAt.offset())));

        Map<String, AttributeValue> item = readModel.job(user, job);
        assertThat(item).doesNotContainKey(Jobs.AI);
        assertThat(item.get(Jobs.JOB_DESCRIPTION)).isEqualTo(s(PLATFORM));
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored + 1);
        assertThat(outdatedAt.offset()).isLessThan(movedAt.offset());

        // even as the newest event of the job, an outdated result writes nothing (not even the position)
        LogPosition newer = new LogPosition(movedAt.partition(), movedAt.offset() + 1);
        assertThat(projection.apply(outdated, newer).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(item);
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored + 2);
    }

    @Test
    void aResultForADeletedJobIsIgnoredAndTheTombstoneKeepsTheDescriptionButNotTheResult() {
        String user = newId();
        String job = newId();
        Instant created = Instant.now();
        log.publish(event(user, created, withDescription(job, BACKEND)));
        log.publish(enrichedEvent(user, created.plusSeconds(1), scored(job, BACKEND, 70)));
        RecordMetadata deletedAt = log.publish(event(user, created.plusSeconds(2), new JobDeleted(job)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(deletedAt.offset())));
        Map<String, AttributeValue> tombstone = readModel.job(user, job);
        assertThat(tombstone).containsOnlyKeys(Jobs.USER_ID, Jobs.JOB_ID, Jobs.DELETED, Jobs.EXPIRES_AT,
                Jobs.DELETED_AT, Jobs.RESTORABLE, Position.PARTITION, Position.OFFSET);
        assertThat(tombstone.get(Jobs.RESTORABLE).m()).containsEntry(Jobs.JOB_DESCRIPTION, s(BACKEND))
                .containsEntry(Jobs.JOB_DESCRIPTION_HASH, s(EnrichmentInputs.hash(BACKEND)))
                .doesNotContainKey(Jobs.AI);

        double ignored = metrics.enrichmentsIgnoredCount();
        EventEnvelope late = enrichedEvent(user, created.plusSeconds(3), scored(job, BACKEND, 75));
        LogPosition after = new LogPosition(deletedAt.partition(), deletedAt.offset() + 1);
        assertThat(projection.apply(late, after).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(tombstone);
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored + 1);

        // restored: the description comes back (the result does not: the enricher computes it again)
        RecordMetadata restoredAt = log.publish(event(user, created.plusSeconds(4), new JobRestored(job, "Acme",
                "Backend Engineer", JobStatus.Applied, null, null, null, null, null, null, null, null, created,
                List.of(new StatusStage(JobStatus.Applied, created)), 1, BACKEND)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(restoredAt.offset())));
        Map<String, AttributeValue> restored = readModel.job(user, job);
        assertThat(restored.get(Jobs.JOB_DESCRIPTION)).isEqualTo(s(BACKEND));
        assertThat(restored.get(Jobs.JOB_DESCRIPTION_HASH)).isEqualTo(s(EnrichmentInputs.hash(BACKEND)));
        assertThat(restored).doesNotContainKey(Jobs.AI);
    }

    @Test
    void aResultForAJobNeverSeenIsIgnoredAndCreatesNoItem() {
        String user = newId();
        String job = newId();
        double ignored = metrics.enrichmentsIgnoredCount();
        EventEnvelope orphan = enrichedEvent(user, Instant.now(), scored(job, BACKEND, 50));
        RecordMetadata orphanAt = log.publish(orphan);
        // the job's creation after it shows the result was consumed first
        RecordMetadata createdAt = log.publish(event(user, Instant.now(), withDescription(job, BACKEND)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(createdAt.offset())));
        assertThat(readModel.job(user, job)).doesNotContainKey(Jobs.AI);
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored + 1);

        String never = newId();
        EventEnvelope nowhere = enrichedEvent(user, Instant.now(), scored(never, BACKEND, 50));
        assertThat(projection.apply(nowhere, new LogPosition(orphanAt.partition(), orphanAt.offset())).join())
                .isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, never)).isEmpty();
        assertThat(metrics.enrichmentsIgnoredCount()).isEqualTo(ignored + 2);
    }

    @Test
    void aLaterMatchingResultReplacesAnEarlierOneAndADescriptionChangeRemovesIt() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-25T08:00:00Z");
        log.publish(event(user, created, withDescription(job, BACKEND)));
        // without a resume, from the offline provider standing in for a failed Gemini call
        log.publish(enrichedEvent(user, created.plusSeconds(1), new JobEnriched(job,
                EnrichmentInputs.inputHash(EnrichmentInputs.hash(BACKEND), null), EnrichmentInputs.hash(BACKEND),
                null, "gemini", "lexical-1", true, "timeout", "Backend engineer.", List.of("Java"), null, List.of(),
                List.of())));
        // after a resume was added
        EventEnvelope second = enrichedEvent(user, created.plusSeconds(2), scored(job, BACKEND, 90));
        RecordMetadata secondAt = log.publish(second);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(secondAt.offset())));
        Map<String, AttributeValue> ai = readModel.job(user, job).get(Jobs.AI).m();
        assertThat(ai).isEqualTo(JobEnrichmentProjection.ai(second, scored(job, BACKEND, 90)));
        assertThat(ai.get(Ai.MATCH_SCORE)).isEqualTo(n(90));
        assertThat(ai.get(Ai.EVENT_ID)).isEqualTo(s(second.id()));
        assertThat(ai).doesNotContainKey(Ai.DEGRADED_REASON);

        // the same text sent again (a PUT of the whole job), and a change of other fields: the result stays
        RecordMetadata sameAt = log.publish(event(user, created.plusSeconds(3), new JobUpdated(job, null, null,
                null, null, null, null, "call Tuesday", null, null, null, List.of(), BACKEND)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(sameAt.offset())));
        assertThat(readModel.job(user, job).get(Jobs.AI).m()).isEqualTo(ai);
        assertThat(readModel.job(user, job).get(Jobs.NOTES)).isEqualTo(s("call Tuesday"));

        // another text: the result goes
        RecordMetadata changedAt = log.publish(event(user, created.plusSeconds(4), description(job, PLATFORM)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(changedAt.offset())));
        Map<String, AttributeValue> changed = readModel.job(user, job);
        assertThat(changed).doesNotContainKey(Jobs.AI);
        assertThat(changed.get(Jobs.JOB_DESCRIPTION_HASH)).isEqualTo(s(EnrichmentInputs.hash(PLATFORM)));

        // the result for the new text is kept; clearing the text removes it with the text
        RecordMetadata thirdAt = log.publish(enrichedEvent(user, created.plusSeconds(5), scored(job, PLATFORM, 10)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(thirdAt.offset())));
        assertThat(readModel.job(user, job).get(Jobs.AI).m().get(Ai.DESCRIPTION_HASH))
                .isEqualTo(s(EnrichmentInputs.hash(PLATFORM)));
        RecordMetadata clearedAt = log.publish(event(user, created.plusSeconds(6), clearDescription(job)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(clearedAt.offset())));
        assertThat(readModel.job(user, job)).doesNotContainKeys(Jobs.AI, Jobs.JOB_DESCRIPTION,
                Jobs.JOB_DESCRIPTION_HASH);
    }

    @Test
    void replayingTheWholeSequenceGivesTheSameItemAndTouchesNothingElse() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-26T10:00:00Z");
        List<EventEnvelope> events = List.of(
                event(user, created, withDescription(job, BACKEND)),
                enrichedEvent(user, created.plusSeconds(1), withoutResume(job, BACKEND)),
                event(user, created.plusSeconds(2), new UserResumeChanged(user, RESUME_HASH, 28)),
                enrichedEvent(user, created.plusSeconds(3), scored(job, BACKEND, 80)),
                event(user, created.plusSeconds(4), description(job, PLATFORM)),
                // outdated by the change before it
                enrichedEvent(user, created.plusSeconds(5), scored(job, BACKEND, 85)),
                enrichedEvent(user, created.plusSeconds(6), scored(job, PLATFORM, 30)),
                event(user, created.plusSeconds(7), new JobStatusChanged(job, JobStatus.Applied,
                        JobStatus.Interviewing)));
        List<RecordMetadata> positions = new ArrayList<>();
        events.forEach(event -> positions.add(log.publish(event)));
        RecordMetadata last = positions.get(positions.size() - 1);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(last.offset())));
        Map<String, AttributeValue> projected = readModel.job(user, job);
        assertThat(projected.get(Jobs.AI).m()).isEqualTo(JobEnrichmentProjection.ai(events.get(6),
                scored(job, PLATFORM, 30)));
        assertThat(projected.get(Jobs.UPDATED_AT)).isEqualTo(s("2026-11-26T10:00:07.000000Z"));
        List<Map<String, AttributeValue>> searchEntries = readModel.searchEntriesOf(user);
        List<Map<String, AttributeValue>> tagEntries = readModel.tagEntriesOf(
                JobTags.DEFAULT_TABLE, user);

        // redelivered into the live table: every event is skipped, nothing changes
        for (int i = 0; i < events.size(); i++) {
            assertThat(projection.apply(events.get(i), position(positions.get(i))).join())
                    .isEqualTo(ProjectionOutcome.SKIPPED);
        }
        assertThat(readModel.job(user, job)).isEqualTo(projected);

        // replayed into an empty jobs table, in log order at the same positions: the same item
        String rebuilt = "Rebuild-Jobs-" + newId().substring(0, 8);
        readModel.client().createTable(ReadModelTables.jobs(rebuilt));
        DynamoDbProperties rebuild = new DynamoDbProperties(tables.endpoint(), rebuilt, tables.usersTable(),
                tables.companySearchTable(), tables.jobTagsTable(), tables.insightsTable(), false,
                tables.apiCallAttemptTimeout(), tables.apiCallTimeout(), tables.maxConcurrency());
        JobProjection jobs = new JobProjection(dynamoDb, rebuild, tombstones, Clock.systemUTC());
        JobEnrichmentProjection enrichments = new JobEnrichmentProjection(dynamoDb, rebuild, metrics);
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            LogPosition at = position(positions.get(i));
            CompletableFuture<ProjectionOutcome> write;
            if (event.data() instanceof JobCreated created1) {
                write = jobs.created(event, created1, at);
            } else if (event.data() instanceof JobUpdated updated) {
                write = jobs.updated(event, updated, at);
            } else if (event.data() instanceof JobStatusChanged changed) {
                write = jobs.statusChanged(event, changed, at);
            } else if (event.data() instanceof JobEnriched enriched) {
                write = enrichments.enriched(event, enriched, at);
            } else {
                continue;
            }
            write.join();
        }
        assertThat(readModel.job(rebuilt, user, job)).isEqualTo(projected);

        // no index entry and no statistic comes of an enrichment or a resume change
        assertThat(readModel.searchEntriesOf(user)).isEqualTo(searchEntries);
        assertThat(readModel.tagEntriesOf(JobTags.DEFAULT_TABLE, user))
                .isEqualTo(tagEntries);
        assertThat(readModel.client().getItem(request -> request.tableName(Insights.DEFAULT_TABLE)
                .consistentRead(true).key(Map.of(Insights.USER_ID, s(user)))).item()).isEmpty();
        assertThat(readModel.user(user)).isEmpty();
    }

    private static JobCreated withDescription(String jobId, String description) {
        return new JobCreated(jobId, "Acme", "Backend Engineer", JobStatus.Applied, null, null, null, null, null,
                null, null, null, null, description);
    }

    private static JobUpdated description(String jobId, String description) {
        return new JobUpdated(jobId, null, null, null, null, null, null, null, null, null, null, List.of(),
                description);
    }

    private static JobUpdated clearDescription(String jobId) {
        return new JobUpdated(jobId, null, null, null, null, null, null, null, null, null, null,
                List.of("job_description"));
    }

    /** A Gemini result with a resume: the content is the same whatever the text, only the hashes differ. */
    private static JobEnriched scored(String jobId, String description, int score) {
        String descriptionHash = EnrichmentInputs.hash(description);
        return new JobEnriched(jobId, EnrichmentInputs.inputHash(descriptionHash, RESUME_HASH), descriptionHash,
                RESUME_HASH, "gemini", "gemini-2.5-flash", false, null, "A backend role on Java and Kafka.",
                List.of("Java", "Kafka", "DynamoDB"), score, List.of("Java", "Kafka"), List.of("DynamoDB"));
    }

    /** An offline result before the user had a resume: no score, no strengths or gaps. */
    private static JobEnriched withoutResume(String jobId, String description) {
        String descriptionHash = EnrichmentInputs.hash(description);
        return new JobEnriched(jobId, EnrichmentInputs.inputHash(descriptionHash, null), descriptionHash, null,
                "lexical", "lexical-1", false, null, "Backend engineer.", List.of("Java"), null, List.of(),
                List.of());
    }

    /** As the enricher appends it: the event id derived from the job, the inputs and the provider. */
    private static EventEnvelope enrichedEvent(String userId, Instant time, JobEnriched result) {
        return EventEnvelope.of(EnrichmentInputs.eventId(result.jobId(), result.inputHash(), result.provider()),
                "/careervault/enricher", time, userId, result);
    }
}
