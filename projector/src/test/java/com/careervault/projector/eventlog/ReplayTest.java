package com.careervault.projector.eventlog;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.JobTags;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.search.CompanySearchKeys;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.SecondProjector;
import com.careervault.projector.readmodel.ProjectionMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The log is the source of truth: replaying it, into the live tables or into
 * empty ones, reproduces the read model exactly.
 */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayTest {

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();
    private final List<String> users = List.of(newId(), newId(), newId());
    /** Per user: the user item and every job item (tombstones included), as the running projector built them. */
    private final Map<String, Snapshot> projected = new LinkedHashMap<>();

    @BeforeAll
    void publishHistories() {
        Instant t = Instant.parse("2026-11-01T08:00:00Z");
        Map<String, RecordMetadata> last = new HashMap<>();
        // the last event of each job: different items are written concurrently, so the user's last event
        // being applied says nothing about the jobs' (each job waits for its index entries too)
        Map<List<String>, RecordMetadata> lastOfJob = new HashMap<>();
        for (String user : users) {
            String kept = newId();
            String moved = newId();
            String deleted = newId();
            String restored = newId();
            log.publish(event(user, t, new UserRegistered(user, "u-" + user, user + "@example.com", "Ada", null)));
            log.publish(event(user, t.plusSeconds(1), Events.fullJob(kept)));
            log.publish(event(user, t.plusSeconds(2), Events.bareJob(moved, "Globex")));
            log.publish(event(user, t.plusSeconds(3), Events.bareJob(deleted, "Umbrella")));
            log.publish(event(user, t.plusSeconds(3), Events.bareJob(restored, "Initech")));
            log.publish(event(user, t.plusSeconds(4),
                    new JobStatusChanged(restored, JobStatus.Wishlist, JobStatus.Applied)));
            log.publish(event(user, t.plusSeconds(5), new JobDeleted(restored)));
            log.publish(event(user, t.plusSeconds(4),
                    new JobStatusChanged(moved, JobStatus.Wishlist, JobStatus.Applied)));
            log.publish(event(user, t.plusSeconds(5), new JobUpdated(kept, "Tech Corp Inc", null, null, null,
                    null, null, "second call", null, null, List.of("onsite"), List.of("url"), POSTING)));
            // the enricher's result for the posting: kept on the job, in the rebuilt table too
            lastOfJob.put(List.of(user, kept), log.publish(enriched(user, t.plusSeconds(6), kept)));
            lastOfJob.put(List.of(user, deleted),
                    log.publish(event(user, t.plusSeconds(6), new JobDeleted(deleted))));
            lastOfJob.put(List.of(user, restored), log.publish(event(user, t.plusSeconds(6), new JobRestored(
                    restored, "Initech", "Engineer", JobStatus.Applied, null, null, null, null, null, null, null, null, t.plusSeconds(3),
                    List.of(new StatusStage(JobStatus.Wishlist, t.plusSeconds(3)),
                            new StatusStage(JobStatus.Applied, t.plusSeconds(4))), 2))));
            lastOfJob.put(List.of(user, moved), log.publish(event(user, t.plusSeconds(7),
                    new JobStatusChanged(moved, JobStatus.Applied, JobStatus.Rejected))));
            last.put(user, log.publish(event(user, t.plusSeconds(8), new UserPreferencesChanged(user,
                    new ReminderPreferences(true, 3, false, true, "America/New_York")))));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String user : users) {
                assertThat(readModel.user(user).get(Position.OFFSET))
                        .isEqualTo(AttributeValue.fromN(Long.toString(last.get(user).offset())));
            }
            lastOfJob.forEach((userAndJob, at) -> assertThat(readModel.job(userAndJob.get(0), userAndJob.get(1))
                    .get(Position.OFFSET)).isEqualTo(AttributeValue.fromN(Long.toString(at.offset()))));
        });
        for (String user : users) {
            projected.put(user, snapshot(Jobs.DEFAULT_TABLE, Users.DEFAULT_TABLE, CompanySearch.DEFAULT_TABLE,
                    JobTags.DEFAULT_TABLE, user));
            assertThat(projected.get(user).jobs()).hasSize(4);
            assertThat(projected.get(user).jobs()).filteredOn(item -> item.containsKey(Jobs.AI)).singleElement()
                    .satisfies(item -> assertThat(item.get(Jobs.JOB_DESCRIPTION).s()).isEqualTo(POSTING));
            // "Tech Corp Inc" (renamed), "Globex", restored "Initech", and the tombstones of "Umbrella"'s keys
            assertThat(projected.get(user).search()).filteredOn(entry -> !entry.containsKey(CompanySearch.REMOVED))
                    .hasSize(21 + 6 + CompanySearchKeys.keysOf("Initech").size());
            assertThat(projected.get(user).search()).filteredOn(entry -> entry.containsKey(CompanySearch.REMOVED))
                    .hasSize(8);
            // the kept job's tags went from "backend", "remote" to "onsite": one live entry, two tombstones
            assertThat(projected.get(user).tags()).filteredOn(entry -> !entry.containsKey(JobTags.REMOVED))
                    .extracting(entry -> entry.get(JobTags.TAG_KEY).s()).containsExactly("onsite");
            assertThat(projected.get(user).tags()).filteredOn(entry -> entry.containsKey(JobTags.REMOVED))
                    .hasSize(2);
        }
    }

    private static final String POSTING = "Backend engineer.\nJava and Kafka.";

    private static EventEnvelope enriched(String user, Instant time, String job) {
        String descriptionHash = EnrichmentInputs.hash(POSTING);
        String inputHash = EnrichmentInputs.inputHash(descriptionHash, null);
        return EventEnvelope.of(EnrichmentInputs.eventId(job, inputHash, "lexical"), "/careervault/enricher", time,
                user, new JobEnriched(job, inputHash, descriptionHash, null, "lexical", "lexical-1", false, null,
                        "Backend engineer.", List.of("Java", "Kafka"), null, List.of(), List.of()));
    }

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void replayingTheWholeLogWithAnotherGroupIntoTheLiveTablesChangesNothing() {
        Map<TopicPartition, Long> end = SecondProjector.endOfLog();
        try (SecondProjector replay = SecondProjector.start("replay-" + newId())) {
            replay.awaitCaughtUp(end);
            ProjectionMetrics metrics = replay.bean(ProjectionMetrics.class);
            assertThat(metrics.skippedCount()).isPositive();
            assertThat(metrics.appliedCount()).as("events applied a second time").isZero();
        }
        for (String user : users) {
            assertThat(snapshot(Jobs.DEFAULT_TABLE, Users.DEFAULT_TABLE, CompanySearch.DEFAULT_TABLE,
                    JobTags.DEFAULT_TABLE, user))
                    .isEqualTo(projected.get(user));
        }
    }

    @Test
    void rebuildingFromTheStartOfTheLogIntoEmptyTablesGivesIdenticalItems() {
        String suffix = newId().substring(0, 8);
        String jobsTable = "Rebuild-Jobs-" + suffix;
        String usersTable = "Rebuild-Users-" + suffix;
        String searchTable = "Rebuild-CompanySearch-" + suffix;
        String tagsTable = "Rebuild-JobTags-" + suffix;
        // the users table is created here; the jobs table by the projector itself (DYNAMODB_CREATE_TABLES)
        readModel.client().createTable(ReadModelTables.users(usersTable));
        Map<TopicPartition, Long> end = SecondProjector.endOfLog();
        List<String> args = new ArrayList<>(SecondProjector.tableArguments(jobsTable, usersTable, searchTable,
                tagsTable));
        args.add("--careervault.dynamodb.create-tables=true");
        try (SecondProjector rebuild = SecondProjector.start("rebuild-" + newId(), args.toArray(String[]::new))) {
            rebuild.awaitCaughtUp(end);
        }
        for (String user : users) {
            Snapshot rebuilt = snapshot(jobsTable, usersTable, searchTable, tagsTable, user);
            Snapshot original = projected.get(user);
            assertThat(rebuilt.user()).isEqualTo(original.user());
            // identical, log positions included; only a tombstone's expiry is "now + 30 days" of whoever wrote it
            assertThat(withoutExpiry(rebuilt.jobs())).isEqualTo(withoutExpiry(original.jobs()));
            // the company search index is filled from the log in the same way
            assertThat(withoutExpiry(rebuilt.search())).isEqualTo(withoutExpiry(original.search()));
            assertThat(withoutExpiry(rebuilt.tags())).isEqualTo(withoutExpiry(original.tags()));
            assertThat(rebuilt.jobs()).filteredOn(item -> item.containsKey(Jobs.DELETED)).singleElement()
                    .satisfies(tombstone -> assertThat(tombstone).containsKey(Jobs.EXPIRES_AT));
        }
    }

    private Snapshot snapshot(String jobsTable, String usersTable, String searchTable, String tagsTable,
            String user) {
        return new Snapshot(readModel.user(usersTable, user), readModel.jobsOf(jobsTable, user),
                readModel.searchEntriesOf(searchTable, user), readModel.tagEntriesOf(tagsTable, user));
    }

    private static List<Map<String, AttributeValue>> withoutExpiry(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> {
            Map<String, AttributeValue> copy = new HashMap<>(item);
            copy.remove(Jobs.EXPIRES_AT);
            copy.remove(CompanySearch.EXPIRES_AT);
            copy.remove(JobTags.EXPIRES_AT);
            return (Map<String, AttributeValue>) copy;
        }).toList();
    }

    private record Snapshot(Map<String, AttributeValue> user, List<Map<String, AttributeValue>> jobs,
            List<Map<String, AttributeValue>> search, List<Map<String, AttributeValue>> tags) {
    }
}
