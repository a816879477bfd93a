package com.careervault.projector.jobs;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The tag index through a job's life: exact entries, tombstones, and replays that change nothing. */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobTagsProjectionTest {

    private static final Duration APPLIED = Duration.ofSeconds(15);

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
    void entriesFollowTheTagsThroughCreateRetagStatusChangeClearAndDelete() {
        String user = newId();
        String job = newId();
        String other = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        EventEnvelope create = event(user, created, tagged(job, List.of("Remote", "remote", "Java", "C#")));
        RecordMetadata createdAt = log.publish(create);
        EventEnvelope createOther = event(user, created.plusSeconds(10), tagged(other, List.of("JAVA")));
        RecordMetadata otherAt = log.publish(createOther);
        awaitPosition(user, other, otherAt);
        String jobCreatedAt = readModel.job(user, job).get(Jobs.CREATED_AT).s();
        String otherCreatedAt = readModel.job(user, other).get(Jobs.CREATED_AT).s();

        // created: one entry per tag key ("Remote" and "remote" are one), each with both index keys
        assertThat(liveKeys(user, job)).isEqualTo(Set.of("remote", "java", "c%23"));
        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(JobTags.USER_ID, s(user));
        expected.put(JobTags.ENTRY_KEY, s("c%23#" + job));
        expected.put(JobTags.TAG_KEY, s("c%23"));
        expected.put(JobTags.JOB_ID, s(job));
        expected.put(JobTags.STATUS, s("Wishlist"));
        expected.put(JobTags.CREATED_AT, s(jobCreatedAt));
        expected.put(JobTags.TAG_CREATED_AT, s("c%23#" + jobCreatedAt));
        expected.put(JobTags.TAG_STATUS_CREATED_AT, s("c%23#Wishlist#" + jobCreatedAt));
        expected.put(Position.PARTITION, n(createdAt.partition()));
        expected.put(Position.OFFSET, n(createdAt.offset()));
        assertThat(entries(user).get("c%23#" + job)).isEqualTo(expected);
        assertThat(entries(user).keySet()).containsExactlyInAnyOrder("remote#" + job, "java#" + job,
                "c%23#" + job, "java#" + other);
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "java#")).containsExactly(other, job);
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "remote#")).containsExactly(job);
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "c#")).isEmpty();

        // retagged: the tags it lost become tombstones, the one it gained appears, the kept one stays as it was
        EventEnvelope retag = event(user, created.plusSeconds(20), new JobUpdated(job, null, null, null, null, null,
                null, null, null, null, List.of("java", "Onsite"), List.of()));
        RecordMetadata retaggedAt = log.publish(retag);
        awaitPosition(user, job, retaggedAt);
        assertThat(liveKeys(user, job)).isEqualTo(Set.of("java", "onsite"));
        Map<String, AttributeValue> lost = entries(user).get("remote#" + job);
        Map<String, AttributeValue> tombstone = new HashMap<>(lost);
        long thirtyDays = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        assertThat(Long.parseLong(tombstone.remove(JobTags.EXPIRES_AT).n())).isBetween(thirtyDays - 120,
                thirtyDays + 5);
        assertThat(tombstone).isEqualTo(Map.of(JobTags.USER_ID, s(user), JobTags.ENTRY_KEY, s("remote#" + job),
                JobTags.REMOVED, AttributeValue.fromBool(true), Position.PARTITION, n(retaggedAt.partition()),
                Position.OFFSET, n(retaggedAt.offset())));
        assertThat(entries(user).get("c%23#" + job)).containsEntry(JobTags.REMOVED, AttributeValue.fromBool(true));
        assertThat(entries(user).get("java#" + job).get(Position.OFFSET)).isEqualTo(n(createdAt.offset()));
        assertThat(entries(user).get("onsite#" + job).get(JobTags.TAG_STATUS_CREATED_AT))
                .isEqualTo(s("onsite#Wishlist#" + jobCreatedAt));
        assertThat(entries(user).get("onsite#" + job).get(Position.OFFSET)).isEqualTo(n(retaggedAt.offset()));
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "remote#")).isEmpty();
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "onsite#")).containsExactly(job);

        // an update that does not touch the tags leaves every entry as it is
        Map<String, Map<String, AttributeValue>> beforeNotes = entries(user);
        RecordMetadata notedAt = log.publish(event(user, created.plusSeconds(25), new JobUpdated(job, "Renamed Inc",
                null, null, null, null, null, "a note", null, null, null, List.of())));
        awaitPosition(user, job, notedAt);
        assertThat(entries(user)).isEqualTo(beforeNotes);

        // status changed: every live entry of the job moves to the new status, the other job's does not
        EventEnvelope change = event(user, created.plusSeconds(30),
                new JobStatusChanged(job, JobStatus.Wishlist, JobStatus.Interviewing));
        RecordMetadata changedAt = log.publish(change);
        awaitPosition(user, job, changedAt);
        assertThat(liveKeys(user, job)).isEqualTo(Set.of("java", "onsite"));
        for (String key : List.of("java", "onsite")) {
            Map<String, AttributeValue> entry = entries(user).get(key + "#" + job);
            assertThat(entry.get(JobTags.STATUS)).isEqualTo(s("Interviewing"));
            assertThat(entry.get(JobTags.TAG_CREATED_AT)).isEqualTo(s(key + "#" + jobCreatedAt));
            assertThat(entry.get(JobTags.TAG_STATUS_CREATED_AT)).isEqualTo(s(key + "#Interviewing#" + jobCreatedAt));
            assertThat(entry.get(Position.OFFSET)).isEqualTo(n(changedAt.offset()));
        }
        assertThat(entries(user).get("remote#" + job).get(Position.OFFSET)).isEqualTo(n(retaggedAt.offset()));
        assertThat(readModel.tagged(JobTags.USER_TAG_STATUS_INDEX, user, "java#Interviewing#"))
                .containsExactly(job);
        assertThat(readModel.tagged(JobTags.USER_TAG_STATUS_INDEX, user, "java#Wishlist#")).containsExactly(other);
        assertThat(entries(user).get("java#" + other).get(JobTags.TAG_STATUS_CREATED_AT))
                .isEqualTo(s("java#Wishlist#" + otherCreatedAt));

        // tags cleared (sent as null): the other job's entry becomes a tombstone
        EventEnvelope clear = event(user, created.plusSeconds(35), new JobUpdated(other, null, null, null, null,
                null, null, null, null, null, null, List.of("tags")));
        RecordMetadata clearedAt = log.publish(clear);
        awaitPosition(user, other, clearedAt);
        assertThat(liveKeys(user, other)).isEmpty();
        assertThat(entries(user).get("java#" + other)).containsEntry(JobTags.REMOVED, AttributeValue.fromBool(true))
                .containsEntry(Position.OFFSET, n(clearedAt.offset()));
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "java#")).containsExactly(job);

        // replays of older events, at their own positions, change nothing
        Map<String, Map<String, AttributeValue>> beforeReplay = entries(user);
        assertThat(projection.apply(create, position(createdAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(createOther, position(otherAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(retag, position(retaggedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, position(changedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(clear, position(clearedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(entries(user)).isEqualTo(beforeReplay);

        // deleted: every entry of the job is a tombstone, in no index
        EventEnvelope delete = event(user, created.plusSeconds(40), new JobDeleted(job));
        RecordMetadata deletedAt = log.publish(delete);
        awaitPosition(user, job, deletedAt);
        assertThat(liveKeys(user, job)).isEmpty();
        assertThat(entries(user).keySet()).containsExactlyInAnyOrder("remote#" + job, "java#" + job,
                "c%23#" + job, "onsite#" + job, "java#" + other);
        for (String key : List.of("java", "onsite")) {
            assertThat(entries(user).get(key + "#" + job))
                    .containsOnlyKeys(JobTags.USER_ID, JobTags.ENTRY_KEY, JobTags.REMOVED, JobTags.EXPIRES_AT,
                            Position.PARTITION, Position.OFFSET)
                    .containsEntry(Position.OFFSET, n(deletedAt.offset()));
        }
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "java#")).isEmpty();
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "onsite#")).isEmpty();
        assertThat(readModel.tagged(JobTags.USER_TAG_STATUS_INDEX, user, "java#")).isEmpty();

        // the whole history again, at its positions, cannot bring an entry back
        Map<String, Map<String, AttributeValue>> afterDelete = entries(user);
        for (var replayed : List.of(Map.entry(create, createdAt), Map.entry(createOther, otherAt),
                Map.entry(retag, retaggedAt), Map.entry(change, changedAt), Map.entry(clear, clearedAt),
                Map.entry(delete, deletedAt))) {
            assertThat(projection.apply(replayed.getKey(), position(replayed.getValue())).join())
                    .isEqualTo(ProjectionOutcome.SKIPPED);
        }
        assertThat(entries(user)).isEqualTo(afterDelete);
    }

    @Test
    void aDuplicateCreationOfAnExistingJobWritesNoEntriesAndAJobWithoutTagsHasNone() {
        String user = newId();
        String job = newId();
        String untagged = newId();
        log.publish(event(user, Instant.now(), tagged(job, List.of("first"))));
        log.publish(event(user, Instant.now(), tagged(job, List.of("second"))));
        RecordMetadata untaggedAt = log.publish(event(user, Instant.now(), tagged(untagged, null)));
        awaitPosition(user, untagged, untaggedAt);

        assertThat(entries(user).keySet()).containsExactly("first#" + job);
        assertThat(readModel.tagged(JobTags.USER_TAG_INDEX, user, "second#")).isEmpty();
    }

    private static JobCreated tagged(String jobId, List<String> tags) {
        return new JobCreated(jobId, "Acme", "Engineer", JobStatus.Wishlist, null, null, null, null, null, null,
                null, tags);
    }

    private void awaitPosition(String user, String job, RecordMetadata at) {
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(at.offset())));
    }

    /** Entries of the user by entry key (sorted, so two reads compare equal when nothing changed). */
    private Map<String, Map<String, AttributeValue>> entries(String user) {
        Map<String, Map<String, AttributeValue>> byKey = new TreeMap<>();
        readModel.tagEntriesOf(JobTags.DEFAULT_TABLE, user)
                .forEach(entry -> byKey.put(entry.get(JobTags.ENTRY_KEY).s(), entry));
        return byKey;
    }

    private Set<String> liveKeys(String user, String job) {
        return entries(user).values().stream()
                .filter(entry -> !entry.containsKey(JobTags.REMOVED) && entry.get(JobTags.JOB_ID).s().equals(job))
                .map(entry -> entry.get(JobTags.TAG_KEY).s()).collect(Collectors.toSet());
    }
}
