package com.careervault.projector.jobs;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static com.careervault.projector.ItemValues.n;
import static com.careervault.projector.ItemValues.position;
import static com.careervault.projector.ItemValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.eventlog.EventProjection;
import com.careervault.projector.readmodel.LogPosition;
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

/** The company search index through a job's life: exact entries, tombstones, and replays that change nothing. */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanySearchProjectionTest {

    private static final Duration APPLIED = Duration.ofSeconds(15);

    private static final Set<String> ACME_FAKEWORKS = Set.of("a", "ac", "acm", "acme", "acme f", "acme fa",
            "acme fak", "acme fake", "acme fakew", "acme fakewo", "acme fakewor", "acme fakework", "acme fakeworks",
            "f", "fa", "fak", "fake", "fakew", "fakewo", "fakewor", "fakework", "fakeworks");
    private static final Set<String> ZURICH_ACME = Set.of("z", "zu", "zur", "zuri", "zuric", "zurich", "zurich a",
            "zurich ac", "zurich acm", "zurich acme", "a", "ac", "acm", "acme");

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
    void entriesFollowTheJobThroughCreateRenameStatusChangeAndDelete() {
        String user = newId();
        String job = newId();
        String other = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        EventEnvelope create = event(user, created, Events.bareJob(job, "Acme Fakeworks"));
        RecordMetadata createdAt = log.publish(create);
        RecordMetadata otherAt = log.publish(event(user, created.plusSeconds(10), Events.bareJob(other, "ACME-Other")));
        awaitPosition(user, other, otherAt);
        String jobCreatedAt = readModel.job(user, job).get(Jobs.CREATED_AT).s();

        // created: one entry per key, each with both index keys
        assertThat(liveKeys(user, job)).isEqualTo(ACME_FAKEWORKS);
        Map<String, AttributeValue> fakew = entries(user).get("fakew#" + job);
        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(CompanySearch.USER_ID, s(user));
        expected.put(CompanySearch.ENTRY_KEY, s("fakew#" + job));
        expected.put(CompanySearch.SEARCH_KEY, s("fakew"));
        expected.put(CompanySearch.JOB_ID, s(job));
        expected.put(CompanySearch.STATUS, s("Wishlist"));
        expected.put(CompanySearch.CREATED_AT, s(jobCreatedAt));
        expected.put(CompanySearch.KEY_CREATED_AT, s("fakew#" + jobCreatedAt));
        expected.put(CompanySearch.KEY_STATUS_CREATED_AT, s("fakew#Wishlist#" + jobCreatedAt));
        expected.put(Position.PARTITION, n(createdAt.partition()));
        expected.put(Position.OFFSET, n(createdAt.offset()));
        assertThat(fakew).isEqualTo(expected);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "acme#")).containsExactly(other, job);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "fakew#")).containsExactly(job);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "acme fake#")).containsExactly(job);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "acm#")).containsExactly(other, job);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "other#")).containsExactly(other);

        // renamed: keys it lost become tombstones, keys it gained appear, shared keys stay as they were
        EventEnvelope rename = event(user, created.plusSeconds(20), new JobUpdated(job, "Zürich Acme", null, null,
                null, null, null, null, null, null, null, List.of()));
        RecordMetadata renamedAt = log.publish(rename);
        awaitPosition(user, job, renamedAt);
        assertThat(liveKeys(user, job)).isEqualTo(ZURICH_ACME);
        Map<String, AttributeValue> lost = entries(user).get("fakew#" + job);
        assertThat(lost).containsOnlyKeys(CompanySearch.USER_ID, CompanySearch.ENTRY_KEY, CompanySearch.REMOVED,
                CompanySearch.EXPIRES_AT, Position.PARTITION, Position.OFFSET);
        assertThat(lost.get(CompanySearch.REMOVED)).isEqualTo(AttributeValue.fromBool(true));
        assertThat(lost.get(Position.OFFSET)).isEqualTo(n(renamedAt.offset()));
        long thirtyDays = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        assertThat(Long.parseLong(lost.get(CompanySearch.EXPIRES_AT).n())).isBetween(thirtyDays - 120, thirtyDays + 5);
        assertThat(entries(user).get("acme#" + job).get(Position.OFFSET)).isEqualTo(n(createdAt.offset()));
        assertThat(entries(user).get("zurich#" + job).get(Position.OFFSET)).isEqualTo(n(renamedAt.offset()));
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "fakew#")).isEmpty();
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "zurich#")).containsExactly(job);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "acme#")).containsExactly(other, job);

        // status changed: every entry moves to the new status
        EventEnvelope change = event(user, created.plusSeconds(30),
                new JobStatusChanged(job, JobStatus.Wishlist, JobStatus.Interviewing));
        RecordMetadata changedAt = log.publish(change);
        awaitPosition(user, job, changedAt);
        assertThat(liveKeys(user, job)).isEqualTo(ZURICH_ACME);
        entries(user).values().stream().filter(entry -> isLiveEntryOf(entry, job)).forEach(entry -> {
            assertThat(entry.get(CompanySearch.STATUS)).isEqualTo(s("Interviewing"));
            assertThat(entry.get(CompanySearch.KEY_STATUS_CREATED_AT)).isEqualTo(
                    s(entry.get(CompanySearch.SEARCH_KEY).s() + "#Interviewing#" + jobCreatedAt));
            assertThat(entry.get(Position.OFFSET)).isEqualTo(n(changedAt.offset()));
        });
        assertThat(readModel.search(CompanySearch.USER_KEY_STATUS_INDEX, user, "acme#Interviewing#"))
                .containsExactly(job);
        assertThat(readModel.search(CompanySearch.USER_KEY_STATUS_INDEX, user, "acme#Wishlist#"))
                .containsExactly(other);

        // replays of older events, at their own positions, change nothing
        Map<String, Map<String, AttributeValue>> beforeReplay = entries(user);
        assertThat(projection.apply(create, position(createdAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(rename, position(renamedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, position(changedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(entries(user)).isEqualTo(beforeReplay);

        // deleted: every entry of the job is a tombstone, the other job is untouched
        EventEnvelope delete = event(user, created.plusSeconds(40), new JobDeleted(job));
        RecordMetadata deletedAt = log.publish(delete);
        awaitPosition(user, job, deletedAt);
        assertThat(liveKeys(user, job)).isEmpty();
        assertThat(entries(user).keySet().stream().filter(key -> key.endsWith("#" + job))
                .collect(Collectors.toSet())).hasSize(ACME_FAKEWORKS.size() + ZURICH_ACME.size() - 4);
        entries(user).values().stream().filter(entry -> entry.get(CompanySearch.ENTRY_KEY).s().endsWith("#" + job))
                .forEach(entry -> assertThat(entry).containsEntry(CompanySearch.REMOVED, AttributeValue.fromBool(true))
                        .doesNotContainKeys(CompanySearch.KEY_CREATED_AT, CompanySearch.KEY_STATUS_CREATED_AT));
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "acme#")).containsExactly(other);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "zurich#")).isEmpty();

        // the whole history again cannot bring an entry back
        Map<String, Map<String, AttributeValue>> afterDelete = entries(user);
        assertThat(projection.apply(create, position(createdAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(rename, position(renamedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(change, position(changedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(projection.apply(delete, position(deletedAt)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(entries(user)).isEqualTo(afterDelete);
    }

    @Test
    void aDuplicateCreationOfAnExistingJobWritesNoEntries() {
        String user = newId();
        String job = newId();
        log.publish(event(user, Instant.now(), Events.bareJob(job, "Initech")));
        log.publish(event(user, Instant.now(), Events.bareJob(job, "Someone Else")));
        String marker = newId();
        RecordMetadata markerAt = log.publish(event(user, Instant.now(), Events.bareJob(marker, "Marker")));
        awaitPosition(user, marker, markerAt);

        assertThat(liveKeys(user, job)).containsExactlyInAnyOrder("i", "in", "ini", "init", "inite", "initec",
                "initech");
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "someone#")).isEmpty();
    }

    @Test
    void aRestoredJobIsFoundAgainWithItsOriginalCreationTime() {
        String user = newId();
        String job = newId();
        Instant created = Instant.parse("2026-11-24T17:00:00Z");
        log.publish(event(user, created, Events.bareJob(job, "Initech")));
        RecordMetadata deletedAt = log.publish(event(user, created.plusSeconds(10), new JobDeleted(job)));
        awaitPosition(user, job, deletedAt);
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "initech#")).isEmpty();

        EventEnvelope restore = event(user, created.plusSeconds(20), new JobRestored(job, "Initech", "Engineer",
                JobStatus.Wishlist, null, null, null, null, null, null, null, null, created,
                List.of(new StatusStage(JobStatus.Wishlist, created)), 1));
        RecordMetadata restoredAt = log.publish(restore);
        awaitPosition(user, job, restoredAt);

        Map<String, AttributeValue> entry = entries(user).get("init#" + job);
        assertThat(entry.get(CompanySearch.KEY_STATUS_CREATED_AT))
                .isEqualTo(s("init#Wishlist#2026-11-24T17:00:00.000000Z"));
        assertThat(entry).doesNotContainKey(CompanySearch.REMOVED);
        assertThat(liveKeys(user, job)).containsExactlyInAnyOrder("i", "in", "ini", "init", "inite", "initec",
                "initech");
        assertThat(readModel.search(CompanySearch.USER_KEY_INDEX, user, "initech#")).containsExactly(job);
        Map<String, Map<String, AttributeValue>> before = entries(user);
        assertThat(projection.apply(restore, new LogPosition(restoredAt.partition(), restoredAt.offset())).join())
                .isEqualTo(ProjectionOutcome.SKIPPED);
        assertThat(entries(user)).isEqualTo(before);
    }

    private void awaitPosition(String user, String job, RecordMetadata at) {
        await().atMost(APPLIED).untilAsserted(() ->
                assertThat(readModel.job(user, job).get(Position.OFFSET)).isEqualTo(n(at.offset())));
    }

    /** Entries of the user by entry key (sorted, so two reads compare equal when nothing changed). */
    private Map<String, Map<String, AttributeValue>> entries(String user) {
        Map<String, Map<String, AttributeValue>> byKey = new TreeMap<>();
        readModel.searchEntriesOf(user).forEach(entry -> byKey.put(entry.get(CompanySearch.ENTRY_KEY).s(), entry));
        return byKey;
    }

    private Set<String> liveKeys(String user, String job) {
        return entries(user).values().stream().filter(entry -> isLiveEntryOf(entry, job))
                .map(entry -> entry.get(CompanySearch.SEARCH_KEY).s()).collect(Collectors.toSet());
    }

    private static boolean isLiveEntryOf(Map<String, AttributeValue> entry, String job) {
        return !entry.containsKey(CompanySearch.REMOVED) && entry.get(CompanySearch.JOB_ID).s().equals(job);
    }
}
