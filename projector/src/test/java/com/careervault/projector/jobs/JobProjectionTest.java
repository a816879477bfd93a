package com.careervault.projector.jobs;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.FrozenPostings;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.PinnedDocuments;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.FrozenPosting;
import com.careervault.contracts.events.JobDocumentsPinned;
import com.careervault.contracts.events.PinnedDocument;
import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobProjectionTest {

    /** A bound for a busy shared machine (each job event also writes its company search entries). */
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
    void aCreatedJobBecomesAnItemWithEveryAttribute() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00.123000Z");
        RecordMetadata at = log.publish(event(user, created, Events.fullJob(job)));

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Jobs.USER_ID, s(user));
        expected.put(Jobs.JOB_ID, s(job));
        expected.put(Jobs.COMPANY, s("  Tech Corp "));
        expected.put(Jobs.COMPANY_KEY, s("tech corp"));
        expected.put(Jobs.POSITION, s("Senior Software Engineer"));
        expected.put(Jobs.STATUS, s("Applied"));
        expected.put(Jobs.LOCATION, s("San Francisco, CA"));
        expected.put(Jobs.SALARY_RANGE, s("$150k-$200k"));
        expected.put(Jobs.APPLIED_DATE, s("2026-11-20"));
        expected.put(Jobs.URL, s("https://jobs.example.com/42"));
        expected.put(Jobs.NOTES, s("Referred by Sam"));
        expected.put(Jobs.INTERVIEW_AT, s("2026-12-01T15:00:00.000000Z"));
        expected.put(Jobs.FOLLOW_UP_AT, s("2026-11-27T09:00:00.000000Z"));
        expected.put(Jobs.TAGS, AttributeValue.fromL(List.of(s("backend"), s("remote"))));
        expected.put(Jobs.CREATED_AT, s("2026-11-24T17:00:00.123000Z"));
        expected.put(Jobs.UPDATED_AT, s("2026-11-24T17:00:00.123000Z"));
        expected.put(Jobs.STATUS_CREATED_AT, s("Applied#2026-11-24T17:00:00.123000Z"));
        expected.put(Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(history("Applied", "2026-11-24T17:00:00.123000Z"))));
        expected.put(Jobs.STATUS_HISTORY_COUNT, n(1));
        // created as Applied: the posting (here its url alone) is frozen with the job
        expected.put(Jobs.POSTING_AS_APPLIED, AttributeValue.fromM(Map.of(
                FrozenPostings.URL, s("https://jobs.example.com/42"),
                FrozenPostings.FROZEN_AT, s("2026-11-24T17:00:00.123000Z"))));
        expected.put(Position.PARTITION, n(at.partition()));
        expected.put(Position.OFFSET, n(at.offset()));

        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).isEqualTo(expected));
    }

    @Test
    void anImportedJobKeepsItsOriginalCreationAndChangeTimes() {
        String user = newId();
        String job = newId();
        Instant imported = Instant.parse("2026-11-30T12:00:00Z");
        RecordMetadata at = log.publish(event(user, imported, new JobCreated(job, "Acme", "Engineer",
                JobStatus.Interviewing, null, null, LocalDate.parse("2024-03-01"), null, null, null, null, null,
                new ImportedFrom(ImportedFrom.CSV, "ab12", Instant.parse("2024-03-01T08:30:00.5Z"),
                        Instant.parse("2024-04-02T10:00:00Z")))));
        String other = newId();
        log.publish(event(user, imported, new JobCreated(other, "Initech", "Analyst", JobStatus.Applied, null,
                null, null, null, null, null, null, null,
                new ImportedFrom(ImportedFrom.MONGODB, "5f1d7a2b3c4d5e6f7a8b9c0d", Instant.parse("2023-01-02T03:04:05Z"),
                        null))));

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(at.offset()));
            assertThat(item.get(Jobs.CREATED_AT)).isEqualTo(s("2024-03-01T08:30:00.500000Z"));
            assertThat(item.get(Jobs.UPDATED_AT)).isEqualTo(s("2024-04-02T10:00:00.000000Z"));
            assertThat(item.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Interviewing#2024-03-01T08:30:00.500000Z"));
            assertThat(item.get(Jobs.STATUS_HISTORY).l()).containsExactly(
                    history("Interviewing", "2024-03-01T08:30:00.500000Z"));
            Map<String, AttributeValue> withoutChange = readModel.job(user, other);
            assertThat(withoutChange.get(Jobs.CREATED_AT)).isEqualTo(s("2023-01-02T03:04:05.000000Z"));
            assertThat(withoutChange.get(Jobs.UPDATED_AT)).isEqualTo(s("2023-01-02T03:04:05.000000Z"));
            assertThat(withoutChange.get(Jobs.STATUS_HISTORY).l()).containsExactly(
                    history("Applied", "2023-01-02T03:04:05.000000Z"));
        });
    }

    @Test
    void aBareJobHasNoOptionalAttributes() {
        String user = newId();
        String job = newId();
        log.publish(event(user, Instant.now(), Events.bareJob(job, "Acme")));

        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job)).containsOnlyKeys(
                Jobs.USER_ID, Jobs.JOB_ID, Jobs.COMPANY, Jobs.COMPANY_KEY, Jobs.POSITION, Jobs.STATUS,
                Jobs.CREATED_AT, Jobs.UPDATED_AT, Jobs.STATUS_CREATED_AT, Jobs.STATUS_HISTORY,
                Jobs.STATUS_HISTORY_COUNT, Position.PARTITION, Position.OFFSET));
    }

    @Test
    void updatesSetAndClearFieldsAndStatusChangesAppendToTheHistory() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        log.publish(event(user, created, Events.fullJob(job)));
        log.publish(event(user, created.plusSeconds(60), new JobUpdated(job, "Initech", null, null, "$200k",
                LocalDate.parse("2026-11-21"), null, null, null, null, null, List.of("url", "tags", "notes"))));
        log.publish(event(user, created.plusSeconds(120),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Interviewing)));
        RecordMetadata last = log.publish(event(user, created.plusSeconds(180),
                new JobStatusChanged(job, JobStatus.Interviewing, JobStatus.Offer)));

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(last.offset()));
            assertThat(item.get(Jobs.COMPANY)).isEqualTo(s("Initech"));
            assertThat(item.get(Jobs.COMPANY_KEY)).isEqualTo(s("initech"));
            assertThat(item.get(Jobs.SALARY_RANGE)).isEqualTo(s("$200k"));
            assertThat(item.get(Jobs.APPLIED_DATE)).isEqualTo(s("2026-11-21"));
            assertThat(item.get(Jobs.POSITION)).isEqualTo(s("Senior Software Engineer"));
            assertThat(item).doesNotContainKeys(Jobs.URL, Jobs.TAGS, Jobs.NOTES);
            assertThat(item.get(Jobs.STATUS)).isEqualTo(s("Offer"));
            assertThat(item.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Offer#2026-11-24T17:00:00.000000Z"));
            assertThat(item.get(Jobs.CREATED_AT)).isEqualTo(s("2026-11-24T17:00:00.000000Z"));
            assertThat(item.get(Jobs.UPDATED_AT)).isEqualTo(s("2026-11-24T17:03:00.000000Z"));
            assertThat(item.get(Jobs.STATUS_HISTORY).l()).containsExactly(
                    history("Applied", "2026-11-24T17:00:00.000000Z"),
                    history("Interviewing", "2026-11-24T17:02:00.000000Z"),
                    history("Offer", "2026-11-24T17:03:00.000000Z"));
        });
    }

    @Test
    void theSourceIsKeptChangedAndCleared() {
        String user = newId();
        String job = newId();
        String cleared = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        log.publish(event(user, created, new JobCreated(job, "Acme", "Engineer", JobStatus.Applied, null, null,
                null, null, null, null, null, null, null, null, "LinkedIn")));
        log.publish(event(user, created, new JobCreated(cleared, "Initech", "Analyst", JobStatus.Applied, null,
                null, null, null, null, null, null, null, null, null, "Referral")));
        log.publish(event(user, created.plusSeconds(60), new JobUpdated(job, null, null, null, null, null, null,
                null, null, null, null, List.of(), null, "Recruiter")));
        RecordMetadata last = log.publish(event(user, created.plusSeconds(60), new JobUpdated(cleared, null, null,
                null, null, null, null, null, null, null, null, List.of("source"))));

        await().atMost(APPLIED).untilAsserted(() -> {
            assertThat(readModel.job(user, cleared).get(Position.OFFSET)).isEqualTo(n(last.offset()));
            assertThat(readModel.job(user, job).get(Jobs.SOURCE)).isEqualTo(s("Recruiter"));
            assertThat(readModel.job(user, cleared)).doesNotContainKey(Jobs.SOURCE);
        });
    }

    @Test
    void aSystemMarkingSaysSoAndAppliesOnlyFromItsFromStatusWhileTheUsersChangeClearsIt() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        log.publish(event(user, created, Events.fullJob(job)));
        RecordMetadata marked = log.publish(event(user, created.plusSeconds(60),
                JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(marked.offset())));
        Map<String, AttributeValue> ghosted = readModel.job(user, job);
        assertThat(ghosted.get(Jobs.STATUS)).isEqualTo(s("Ghosted"));
        assertThat(ghosted.get(Jobs.STATUS_SET_BY)).isEqualTo(s("system"));
        assertThat(ghosted.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Ghosted#2026-11-24T17:00:00.000000Z"));

        // the user's change wins; a system change from a status the job no longer has is skipped (its
        // position, the job's version, stays the user's change)
        log.publish(event(user, created.plusSeconds(120),
                new JobStatusChanged(job, JobStatus.Ghosted, JobStatus.Rejected)));
        log.publish(event(user, created.plusSeconds(180),
                JobStatusChanged.bySystem(job, JobStatus.Ghosted, JobStatus.Applied)));
        RecordMetadata update = log.publish(event(user, created.plusSeconds(240), new JobUpdated(job, null, null, null,
                null, null, null, "a polite no", null, null, null, List.of())));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(update.offset())));
        Map<String, AttributeValue> item = readModel.job(user, job);
        assertThat(item.get(Jobs.STATUS)).isEqualTo(s("Rejected"));
        assertThat(item).doesNotContainKey(Jobs.STATUS_SET_BY);
        assertThat(item.get(Jobs.STATUS_HISTORY).l()).containsExactly(
                history("Applied", "2026-11-24T17:00:00.000000Z"),
                history("Ghosted", "2026-11-24T17:01:00.000000Z"),
                history("Rejected", "2026-11-24T17:02:00.000000Z"));
    }

    @Test
    void theHistoryKeepsTheNewestTwentyStagesAndCountsThemAll() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        log.publish(event(user, created, Events.fullJob(job)));
        JobStatus[] back = {JobStatus.Screening, JobStatus.Applied};
        List<AttributeValue> expected = new ArrayList<>();
        RecordMetadata last = null;
        for (int change = 1; change <= 30; change++) {
            JobStatus to = back[(change - 1) % 2];
            Instant at = created.plusSeconds(change);
            last = log.publish(event(user, at, new JobStatusChanged(job, back[change % 2], to)));
            if (change > 30 - Jobs.STATUS_HISTORY_LIMIT) {
                expected.add(history(to.spelling(), Timestamps.format(at)));
            }
        }
        long lastOffset = last.offset();

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(lastOffset));
            // 31 stages (the initial Applied and 30 changes); the newest 20, oldest first
            assertThat(item.get(Jobs.STATUS_HISTORY_COUNT)).isEqualTo(n(31));
            assertThat(item.get(Jobs.STATUS_HISTORY).l()).hasSize(20).isEqualTo(expected);
            assertThat(item.get(Jobs.STATUS_HISTORY).l().get(0)).isEqualTo(history("Screening", "2026-11-24T17:00:11.000000Z"));
            assertThat(item.get(Jobs.STATUS)).isEqualTo(s("Applied"));
        });
    }

    @Test
    void theSameRecordDeliveredAgainChangesNothing() {
        String user = newId();
        String job = newId();
        Instant created = Instant.now();
        EventEnvelope create = event(user, created, Events.fullJob(job));
        EventEnvelope change = event(user, created.plusSeconds(1),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Screening));
        EventEnvelope update = event(user, created.plusSeconds(2), new JobUpdated(job, null, null, null, null, null,
                null, "called back", null, null, List.of("extra"), List.of()));
        RecordMetadata createdAt = log.publish(create);
        RecordMetadata changedAt = log.publish(change);
        RecordMetadata updatedAt = log.publish(update);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(updatedAt.offset())));
        Map<String, AttributeValue> applied = readModel.job(user, job);

        // redelivery: the same events at the same log positions
        assertThat(projection.apply(create, position(createdAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, position(changedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(update, position(updatedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);

        assertThat(readModel.job(user, job)).isEqualTo(applied);
        assertThat(applied.get(Jobs.STATUS_HISTORY).l()).hasSize(2);
    }

    @Test
    void anOlderEventAfterANewerOneIsIgnored() {
        String user = newId();
        String job = newId();
        Instant created = Instant.now();
        RecordMetadata createdAt = log.publish(event(user, created, Events.fullJob(job)));
        EventEnvelope older = event(user, created.plusSeconds(1),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Rejected));
        EventEnvelope olderUpdate = event(user, created.plusSeconds(1), new JobUpdated(job, "Old name", null, null,
                null, null, null, null, null, null, null, List.of("notes")));
        RecordMetadata newerAt = log.publish(event(user, created.plusSeconds(2),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Offer)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(newerAt.offset())));
        Map<String, AttributeValue> applied = readModel.job(user, job);

        // events that sat between the creation and the newer change, arriving late (e.g. a replay)
        LogPosition between = new LogPosition(createdAt.partition(), createdAt.offset() + 1);
        assertThat(newerAt.offset()).isGreaterThanOrEqualTo(between.offset());
        LogPosition beforeNewer = new LogPosition(newerAt.partition(), newerAt.offset() - 1);
        assertThat(projection.apply(older, beforeNewer).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(olderUpdate, beforeNewer).join()).isEqualTo(ProjectionOutcome.SKIPPED);

        Map<String, AttributeValue> after = readModel.job(user, job);
        assertThat(after).isEqualTo(applied);
        assertThat(after.get(Jobs.STATUS)).isEqualTo(s("Offer"));
    }

    @Test
    void aCreatedEventNeverOverwritesAnExistingJob() {
        String user = newId();
        String job = newId();
        log.publish(event(user, Instant.now(), Events.fullJob(job)));
        RecordMetadata duplicate = log.publish(event(user, Instant.now(), Events.bareJob(job, "Someone else")));
        // a later event of the same user shows the duplicate has been consumed
        String marker = newId();
        log.publish(event(user, Instant.now(), Events.bareJob(marker, "Marker")));
        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, marker)).isNotEmpty());

        Map<String, AttributeValue> item = readModel.job(user, job);
        assertThat(item.get(Jobs.COMPANY)).isEqualTo(s("  Tech Corp "));
        assertThat(item.get(Position.OFFSET)).isNotEqualTo(n(duplicate.offset()));
    }

    @Test
    void aDeletedJobLeavesATombstoneHiddenFromEveryIndexThatAReplayCannotRevive() {
        String user = newId();
        String job = newId();
        Instant created = Instant.now();
        EventEnvelope create = event(user, created, Events.fullJob(job));
        EventEnvelope update = event(user, created.plusSeconds(1), new JobUpdated(job, null, "Staff Engineer", null,
                null, null, null, null, null, null, null, List.of()));
        EventEnvelope change = event(user, created.plusSeconds(2),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Interviewing));
        EventEnvelope delete = event(user, created.plusSeconds(3), new JobDeleted(job));
        RecordMetadata createdAt = log.publish(create);
        RecordMetadata updatedAt = log.publish(update);
        RecordMetadata changedAt = log.publish(change);
        RecordMetadata deletedAt = log.publish(delete);

        await().atMost(APPLIED).untilAsserted(() -> assertThat(readModel.job(user, job).get(Position.OFFSET))
                .isEqualTo(n(deletedAt.offset())));
        Map<String, AttributeValue> tombstone = readModel.job(user, job);
        assertThat(tombstone).containsOnlyKeys(Jobs.USER_ID, Jobs.JOB_ID, Jobs.DELETED, Jobs.EXPIRES_AT,
                Jobs.DELETED_AT, Jobs.RESTORABLE, Position.PARTITION, Position.OFFSET);
        assertThat(tombstone.get(Jobs.DELETED)).isEqualTo(AttributeValue.fromBool(true));
        assertThat(tombstone.get(Jobs.DELETED_AT)).isEqualTo(s(Timestamps.format(created.plusSeconds(3))));
        long thirtyDays = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        assertThat(Long.parseLong(tombstone.get(Jobs.EXPIRES_AT).n())).isBetween(thirtyDays - 120, thirtyDays + 5);
        assertHiddenFromIndexes(user, job);

        // the whole history again, at its original positions
        assertThat(projection.apply(create, position(createdAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(update, position(updatedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, position(changedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(delete, position(deletedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(tombstone);
        assertHiddenFromIndexes(user, job);
    }

    @Test
    void aRestoredJobComesBackExactlyAndNeitherRedeliveryNorAnOlderReplayChangesIt() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00.250000Z");
        EventEnvelope create = event(user, created, Events.fullJob(job));
        EventEnvelope change = event(user, created.plusSeconds(60),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Interviewing));
        EventEnvelope delete = event(user, created.plusSeconds(120), new JobDeleted(job));
        PinnedDocument resume = resume(1, created.plusSeconds(30));
        log.publish(create);
        log.publish(event(user, created.plusSeconds(30), new JobDocumentsPinned(job, List.of(resume))));
        RecordMetadata changedAt = log.publish(change);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(changedAt.offset())));
        Map<String, AttributeValue> live = readModel.job(user, job);
        RecordMetadata deletedAt = log.publish(delete);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(deletedAt.offset())));

        // the tombstone keeps the job's attributes (what the API reads to build the restore), none at top level
        Map<String, AttributeValue> tombstone = readModel.job(user, job);
        Map<String, AttributeValue> kept = new HashMap<>(live);
        kept.keySet().removeAll(List.of(Jobs.USER_ID, Jobs.JOB_ID, Jobs.COMPANY_KEY, Jobs.STATUS_CREATED_AT,
                Position.PARTITION, Position.OFFSET));
        assertThat(tombstone.get(Jobs.RESTORABLE).m()).isEqualTo(kept);
        assertThat(readModel.index(Jobs.USER_DELETED_AT_INDEX, Jobs.USER_ID, user))
                .extracting(item -> item.get(Jobs.JOB_ID).s()).containsExactly(job);

        Instant restoredTime = created.plusSeconds(180);
        EventEnvelope restore = event(user, restoredTime, new JobRestored(job, "  Tech Corp ",
                "Senior Software Engineer", JobStatus.Interviewing, "San Francisco, CA", "$150k-$200k",
                LocalDate.parse("2026-11-20"), "https://jobs.example.com/42", "Referred by Sam",
                Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-11-27T09:00:00Z"),
                List.of("backend", "remote"), created,
                List.of(new StatusStage(JobStatus.Applied, created),
                        new StatusStage(JobStatus.Interviewing, created.plusSeconds(60))), 2, null, null,
                List.of(resume), new FrozenPosting(null, "https://jobs.example.com/42", created)));
        RecordMetadata restoredAt = log.publish(restore);
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(restoredAt.offset())));

        // exactly the live item again: only updated_at (the restore's time) and the log position differ
        Map<String, AttributeValue> expected = new HashMap<>(live);
        expected.put(Jobs.UPDATED_AT, s("2026-11-24T17:03:00.250000Z"));
        expected.put(Position.OFFSET, n(restoredAt.offset()));
        Map<String, AttributeValue> restored = readModel.job(user, job);
        assertThat(restored).isEqualTo(expected);
        assertThat(restored.get(Jobs.DOCUMENTS).l()).hasSize(1);
        assertThat(restored.get(Jobs.POSTING_AS_APPLIED).m()).containsKey(FrozenPostings.URL);
        assertThat(restored.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Interviewing#2026-11-24T17:00:00.250000Z"));
        assertThat(readModel.index(Jobs.USER_CREATED_AT_INDEX, Jobs.USER_ID, user))
                .extracting(item -> item.get(Jobs.JOB_ID).s()).containsExactly(job);
        assertThat(readModel.index(Jobs.USER_DELETED_AT_INDEX, Jobs.USER_ID, user)).isEmpty();

        // redelivered: the restore, and the delete before it, change nothing
        assertThat(projection.apply(restore, position(restoredAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(delete, position(deletedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(restored);

        // deleted again: a replayed (older) restore cannot bring it back
        RecordMetadata deletedAgainAt = log.publish(event(user, restoredTime.plusSeconds(60), new JobDeleted(job)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(deletedAgainAt.offset())));
        Map<String, AttributeValue> deletedAgain = readModel.job(user, job);
        assertThat(projection.apply(restore, position(restoredAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(deletedAgain);
        assertThat(deletedAgain.get(Jobs.RESTORABLE).m().get(Jobs.UPDATED_AT))
                .isEqualTo(s("2026-11-24T17:03:00.250000Z"));
        assertHiddenFromIndexes(user, job);
    }

    @Test
    void enteringAppliedFreezesThePostingOnceAndLaterEditsLeaveTheFrozenCopy() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-12T09:00:00Z");
        log.publish(event(user, created, new JobCreated(job, "Acme", "Engineer", JobStatus.Wishlist, null, null,
                null, "https://acme.example/jobs/7", null, null, null, null, null, "Draft text")));
        log.publish(event(user, created.plusSeconds(60), new JobUpdated(job, null, null, null, null, null, null,
                null, null, null, null, List.of(), "We build rockets.\r\nJava, Kafka – and ünïcödé.\n")));
        log.publish(event(user, created.plusSeconds(120),
                new JobStatusChanged(job, JobStatus.Wishlist, JobStatus.Applied)));
        log.publish(event(user, created.plusSeconds(180), new JobUpdated(job, null, null, null, null, null,
                "https://acme.example/jobs/7-renamed", null, null, null, null, List.of(), "The posting, edited.")));
        // moved back and applied again: the first application's posting stays
        log.publish(event(user, created.plusSeconds(240),
                new JobStatusChanged(job, JobStatus.Applied, JobStatus.Wishlist)));
        RecordMetadata last = log.publish(event(user, created.plusSeconds(300),
                new JobStatusChanged(job, JobStatus.Wishlist, JobStatus.Applied)));

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(last.offset()));
            assertThat(item.get(Jobs.JOB_DESCRIPTION)).isEqualTo(s("The posting, edited."));
            assertThat(item.get(Jobs.POSTING_AS_APPLIED)).isEqualTo(AttributeValue.fromM(Map.of(
                    FrozenPostings.JOB_DESCRIPTION, s("We build rockets.\r\nJava, Kafka – and ünïcödé.\n"),
                    FrozenPostings.URL, s("https://acme.example/jobs/7"),
                    FrozenPostings.FROZEN_AT, s("2026-11-12T09:02:00.000000Z"))));
        });

        // a job applied for without a description or url has nothing to freeze
        String bare = newId();
        log.publish(event(user, created, Events.bareJob(bare, "Initech")));
        RecordMetadata bareApplied = log.publish(event(user, created.plusSeconds(60),
                new JobStatusChanged(bare, JobStatus.Wishlist, JobStatus.Applied)));
        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, bare);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(bareApplied.offset()));
            assertThat(item).doesNotContainKey(Jobs.POSTING_AS_APPLIED);
        });
    }

    @Test
    void pinnedDocumentsReplaceTheSetAndNeitherRedeliveryNorATombstoneTakesThem() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-12T09:00:00Z");
        log.publish(event(user, created, Events.bareJob(job, "Acme")));
        PinnedDocument resumeV1 = resume(1, created.plusSeconds(10));
        PinnedDocument letter = new PinnedDocument("7d2e1f3a-9b5c-4d6e-8f70-1a2b3c4d5e6f", 1,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 1204, "text/plain",
                "cover_letter", created.plusSeconds(10));
        log.publish(event(user, created.plusSeconds(10), new JobDocumentsPinned(job, List.of(resumeV1, letter))));
        PinnedDocument resumeV2 = resume(2, created.plusSeconds(20));
        EventEnvelope replace = event(user, created.plusSeconds(20),
                new JobDocumentsPinned(job, List.of(letter, resumeV2)));
        RecordMetadata replacedAt = log.publish(replace);

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(replacedAt.offset()));
            assertThat(item.get(Jobs.UPDATED_AT)).isEqualTo(s("2026-11-12T09:00:20.000000Z"));
            assertThat(item.get(Jobs.DOCUMENTS)).isEqualTo(AttributeValue.fromL(List.of(
                    AttributeValue.fromM(Map.of(PinnedDocuments.DOCUMENT_ID, s("7d2e1f3a-9b5c-4d6e-8f70-1a2b3c4d5e6f"),
                            PinnedDocuments.VERSION, n(1),
                            PinnedDocuments.SHA256,
                            s("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
                            PinnedDocuments.SIZE, n(1204), PinnedDocuments.MEDIA_TYPE, s("text/plain"),
                            PinnedDocuments.KIND, s("cover_letter"),
                            PinnedDocuments.PINNED_AT, s("2026-11-12T09:00:10.000000Z"))),
                    AttributeValue.fromM(Map.of(PinnedDocuments.DOCUMENT_ID, s(RESUME_ID),
                            PinnedDocuments.VERSION, n(2), PinnedDocuments.SHA256, s(RESUME_V2_SHA256),
                            PinnedDocuments.SIZE, n(48213), PinnedDocuments.MEDIA_TYPE, s("application/pdf"),
                            PinnedDocuments.KIND, s("resume"),
                            PinnedDocuments.PINNED_AT, s("2026-11-12T09:00:20.000000Z"))))));
        });
        Map<String, AttributeValue> pinned = readModel.job(user, job);
        assertThat(projection.apply(replace, position(replacedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(pinned);

        RecordMetadata emptiedAt = log.publish(event(user, created.plusSeconds(30), new JobDocumentsPinned(job,
                List.of())));
        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Position.OFFSET)).isEqualTo(n(emptiedAt.offset()));
            assertThat(item).doesNotContainKey(Jobs.DOCUMENTS);
        });

        RecordMetadata deletedAt = log.publish(event(user, created.plusSeconds(40), new JobDeleted(job)));
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(deletedAt.offset())));
        Map<String, AttributeValue> tombstone = readModel.job(user, job);
        RecordMetadata lateAt = log.publish(event(user, created.plusSeconds(50), new JobDocumentsPinned(job,
                List.of(resumeV1))));
        assertThat(projection.apply(event(user, created.plusSeconds(50), new JobDocumentsPinned(job,
                List.of(resumeV1))), position(lateAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(readModel.job(user, job)).isEqualTo(tombstone);
    }

    private static final String RESUME_ID = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d";
    private static final String RESUME_V2_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** A PDF resume's version 1 or 2, pinned at {@code at}. */
    private static PinnedDocument resume(int version, Instant at) {
        return new PinnedDocument(RESUME_ID, version, version == 2 ? RESUME_V2_SHA256
                : "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 48213, "application/pdf",
                "resume", at);
    }

    @Test
    void eachUsersEventsAreAppliedInLogOrderWhileUsersAreWrittenTogether() {
        List<String> users = IntStream.range(0, 20).mapToObj(i -> newId()).toList();
        Map<String, String> jobs = new HashMap<>();
        JobStatus[] path = {JobStatus.Screening, JobStatus.Interviewing, JobStatus.Offer, JobStatus.Accepted,
                JobStatus.Withdrawn, JobStatus.Applied, JobStatus.Interviewing, JobStatus.Rejected};
        Instant start = Instant.parse("2026-11-24T09:00:00Z");
        for (String user : users) {
            jobs.put(user, newId());
            log.publish(event(user, start, Events.fullJob(jobs.get(user))));
        }
        // interleaved across users, as many users' commands would be
        for (int step = 0; step < path.length; step++) {
            JobStatus from = step == 0 ? JobStatus.Applied : path[step - 1];
            for (String user : users) {
                log.publish(event(user, start.plusSeconds(step + 1),
                        new JobStatusChanged(jobs.get(user), from, path[step])));
            }
        }

        List<AttributeValue> expectedHistory = new ArrayList<>();
        expectedHistory.add(history("Applied", "2026-11-24T09:00:00.000000Z"));
        for (int step = 0; step < path.length; step++) {
            expectedHistory.add(history(path[step].spelling(), "2026-11-24T09:00:%02d.000000Z".formatted(step + 1)));
        }
        await().atMost(APPLIED).untilAsserted(() -> {
            for (String user : users) {
                Map<String, AttributeValue> item = readModel.job(user, jobs.get(user));
                assertThat(item.get(Jobs.STATUS_HISTORY).l()).isEqualTo(expectedHistory);
                assertThat(item.get(Jobs.STATUS)).isEqualTo(s("Rejected"));
                assertThat(item.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Rejected#2026-11-24T09:00:00.000000Z"));
            }
        });
    }

    /**
     * Events already in the log were written with Instant.toString() (no or a short fraction) and
     * with offsets; the items they give are in the one six-digit UTC format all the same.
     */
    @Test
    void eventsInEarlierTimestampFormatsGiveItemsInTheOneFormat() {
        String user = newId();
        String job = newId();
        log.publishRaw(user, """
                {"specversion":"1.0","id":"%s","source":"/old-api","type":"careervault.job.created.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"%s","subject":"%s",
                 "data":{"job_id":"%s","company":"Google","position":"Software Engineer","status":"Applied",
                         "interview_at":"2026-12-01T16:00:00+01:00","follow_up_at":"2026-11-27T09:00:00.5Z"}}"""
                .formatted(newId(), user, job, job));
        log.publishRaw(user, """
                {"specversion":"1.0","id":"%s","source":"/old-api","type":"careervault.job.status-changed.v1",
                 "time":"2026-11-24T17:02:00.25Z","userid":"%s","subject":"%s",
                 "data":{"job_id":"%s","from":"Applied","to":"Interviewing"}}"""
                .formatted(newId(), user, job, job));

        await().atMost(APPLIED).untilAsserted(() -> {
            Map<String, AttributeValue> item = readModel.job(user, job);
            assertThat(item.get(Jobs.STATUS)).isEqualTo(s("Interviewing"));
            assertThat(item.get(Jobs.CREATED_AT)).isEqualTo(s("2026-11-24T17:00:00.000000Z"));
            assertThat(item.get(Jobs.UPDATED_AT)).isEqualTo(s("2026-11-24T17:02:00.250000Z"));
            assertThat(item.get(Jobs.INTERVIEW_AT)).isEqualTo(s("2026-12-01T15:00:00.000000Z"));
            assertThat(item.get(Jobs.FOLLOW_UP_AT)).isEqualTo(s("2026-11-27T09:00:00.500000Z"));
            assertThat(item.get(Jobs.STATUS_CREATED_AT)).isEqualTo(s("Interviewing#2026-11-24T17:00:00.000000Z"));
            assertThat(item.get(Jobs.STATUS_HISTORY).l()).containsExactly(
                    history("Applied", "2026-11-24T17:00:00.000000Z"),
                    history("Interviewing", "2026-11-24T17:02:00.250000Z"));
        });
    }

    private void assertHiddenFromIndexes(String user, String job) {
        assertThat(readModel.index(Jobs.USER_CREATED_AT_INDEX, Jobs.USER_ID, user)).isEmpty();
        assertThat(readModel.index(Jobs.USER_STATUS_INDEX, Jobs.USER_ID, user)).isEmpty();
        for (JobStatus status : JobStatus.values()) {
            assertThat(readModel.index(Jobs.STATUS_CREATED_AT_INDEX, Jobs.STATUS, status.spelling()))
                    .noneMatch(item -> item.get(Jobs.JOB_ID).s().equals(job));
        }
    }

    private static AttributeValue history(String status, String at) {
        return AttributeValue.fromM(Map.of("status", s(status), "at", s(at)));
    }
}
