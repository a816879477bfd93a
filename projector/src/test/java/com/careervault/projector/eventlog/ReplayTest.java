package com.careervault.projector.eventlog;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.CompanySearch;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.events.JobDeleted;
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
        Map<String, RecordMetadata> lastOfJob = new HashMap<>();
        for (String user : users) {
            String kept = newId();
            String moved = newId();
            String deleted = newId();
            log.publish(event(user, t, new UserRegistered(user, "u-" + user, user + "@example.com", "Ada", null)));
            log.publish(event(user, t.plusSeconds(1), Events.fullJob(kept)));
            log.publish(event(user, t.plusSeconds(2), Events.bareJob(moved, "Globex")));
            log.publish(event(user, t.plusSeconds(3), Events.bareJob(deleted, "Umbrella")));
            log.publish(event(user, t.plusSeconds(4),
                    new JobStatusChanged(moved, JobStatus.Wishlist, JobStatus.Applied)));
            lastOfJob.put(user + "|" + kept, log.publish(event(user, t.plusSeconds(5), new JobUpdated(kept,
                    "Tech Corp Inc", null, null, null, null, null, "second call", null, null, List.of("onsite"),
                    List.of("url")))));
            lastOfJob.put(user + "|" + deleted,
                    log.publish(event(user, t.plusSeconds(6), new JobDeleted(deleted))));
            lastOfJob.put(user + "|" + moved, log.publish(event(user, t.plusSeconds(7),
                    new JobStatusChanged(moved, JobStatus.Applied, JobStatus.Rejected))));
            last.put(user, log.publish(event(user, t.plusSeconds(8), new UserPreferencesChanged(user,
                    new ReminderPreferences(true, 3, false, true, "America/New_York")))));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String user : users) {
                assertThat(readModel.user(user).get(Position.OFFSET))
                        .isEqualTo(AttributeValue.fromN(Long.toString(last.get(user).offset())));
            }
            // one poll may hold a user's whole history, and its items are written in parallel lanes: the user
            // item being done says nothing of the jobs, so wait for each job's last event too
            lastOfJob.forEach((userAndJob, metadata) -> {
                String[] ids = userAndJob.split("\\|");
                assertThat(readModel.job(ids[0], ids[1]).get(Position.OFFSET))
                        .isEqualTo(AttributeValue.fromN(Long.toString(metadata.offset())));
            });
        });
        for (String user : users) {
            projected.put(user, snapshot(Jobs.DEFAULT_TABLE, Users.DEFAULT_TABLE, CompanySearch.DEFAULT_TABLE, user));
            assertThat(projected.get(user).jobs()).hasSize(3);
            // "Tech Corp Inc" (renamed), "Globex", and the tombstones of "Umbrella"'s keys
            assertThat(projected.get(user).search()).filteredOn(entry -> !entry.containsKey(CompanySearch.REMOVED))
                    .hasSize(21 + 6);
            assertThat(projected.get(user).search()).filteredOn(entry -> entry.containsKey(CompanySearch.REMOVED))
                    .hasSize(8);
        }
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
            assertThat(snapshot(Jobs.DEFAULT_TABLE, Users.DEFAULT_TABLE, CompanySearch.DEFAULT_TABLE, user))
                    .isEqualTo(projected.get(user));
        }
    }

    @Test
    void rebuildingFromTheStartOfTheLogIntoEmptyTablesGivesIdenticalItems() {
        String suffix = newId().substring(0, 8);
        String jobsTable = "Rebuild-Jobs-" + suffix;
        String usersTable = "Rebuild-Users-" + suffix;
        String searchTable = "Rebuild-CompanySearch-" + suffix;
        // the users table is created here; the jobs table by the projector itself (DYNAMODB_CREATE_TABLES)
        readModel.client().createTable(ReadModelTables.users(usersTable));
        Map<TopicPartition, Long> end = SecondProjector.endOfLog();
        List<String> args = new ArrayList<>(SecondProjector.tableArguments(jobsTable, usersTable, searchTable));
        args.add("--careervault.dynamodb.create-tables=true");
        try (SecondProjector rebuild = SecondProjector.start("rebuild-" + newId(), args.toArray(String[]::new))) {
            rebuild.awaitCaughtUp(end);
        }
        for (String user : users) {
            Snapshot rebuilt = snapshot(jobsTable, usersTable, searchTable, user);
            Snapshot original = projected.get(user);
            assertThat(rebuilt.user()).isEqualTo(original.user());
            // identical, log positions included; only a tombstone's expiry is "now + 30 days" of whoever wrote it
            assertThat(withoutExpiry(rebuilt.jobs())).isEqualTo(withoutExpiry(original.jobs()));
            // the company search index is filled from the log in the same way
            assertThat(withoutExpiry(rebuilt.search())).isEqualTo(withoutExpiry(original.search()));
            assertThat(rebuilt.jobs()).filteredOn(item -> item.containsKey(Jobs.DELETED)).singleElement()
                    .satisfies(tombstone -> assertThat(tombstone).containsKey(Jobs.EXPIRES_AT));
        }
    }

    private Snapshot snapshot(String jobsTable, String usersTable, String searchTable, String user) {
        return new Snapshot(readModel.user(usersTable, user), readModel.jobsOf(jobsTable, user),
                readModel.searchEntriesOf(searchTable, user));
    }

    private static List<Map<String, AttributeValue>> withoutExpiry(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> {
            Map<String, AttributeValue> copy = new HashMap<>(item);
            copy.remove(Jobs.EXPIRES_AT);
            copy.remove(CompanySearch.EXPIRES_AT);
            return (Map<String, AttributeValue>) copy;
        }).toList();
    }

    private record Snapshot(Map<String, AttributeValue> user, List<Map<String, AttributeValue>> jobs,
            List<Map<String, AttributeValue>> search) {
    }
}
