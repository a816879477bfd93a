package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EmbeddedMongo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A live MongoDB (mongo-java-server over a real socket, through the official driver) with 10,000 jobs of 100
 * users, one of whom already has a CareerVault account: a dry run changes nothing, a run migrates everything
 * once, a rerun appends nothing.
 */
@ExtendWith(DevStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMongoMigrationTest {

    private final DevStack stack;
    private EmbeddedMongo mongo;

    LiveMongoMigrationTest(DevStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    void startMongo() {
        mongo = EmbeddedMongo.start();
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }

    @Test
    void tenThousandJobsOfAHundredUsersMigrateOnceAfterADryRunThatChangesNothing() {
        OldSystemData data = new OldSystemData("live", 100, 100);
        data.insertInto(mongo.connectionString(), "job_tracker");
        Document existing = data.users.get(0);
        String existingId = stack.cognito().client().adminCreateUser(r -> r.userPoolId(stack.cognito().userPoolId())
                        .username("already-here").messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(attribute("email", existing.getString("email")),
                                attribute("email_verified", "true"))).user().attributes().stream()
                .filter(a -> a.name().equals("sub")).map(AttributeType::value).findFirst().orElseThrow();
        Set<String> oldJobIds = new HashSet<>(data.jobIds());
        Properties properties = MigrationTestSupport.properties(stack, Map.of("mongo.uri", mongo.connectionString()));

        Properties dryRun = (Properties) properties.clone();
        dryRun.setProperty("dry-run", "");
        MigrationTestSupport.Run dry = MigrationTestSupport.run(dryRun);
        assertThat(dry.summary().usersCreated).isEqualTo(99);
        assertThat(dry.summary().usersMatched).isEqualTo(1);
        assertThat(dry.summary().jobsImported).isEqualTo(10_000);
        assertThat(dry.printed()).contains("DRY RUN: nothing was created or appended", "99 would be created");
        assertThat(imported(MigrationTestSupport.events(stack), oldJobIds)).isEmpty();
        assertThat(stack.cognito().client().listUsers(r -> r.userPoolId(stack.cognito().userPoolId())
                .filter("email = \"live-user1@example.com\"")).users()).isEmpty();
        try (var dynamoDb = stack.dynamoDb()) {
            assertThat(dynamoDb.getItem(r -> r.tableName(EmailReservationsTable.DEFAULT_TABLE).consistentRead(true)
                    .key(Map.of(EmailReservationsTable.EMAIL,
                            AttributeValue.fromS("live-user1@example.com")))).item()).isEmpty();
        } catch (ResourceNotFoundException noTableYet) {
            // nothing reserved either way: the dry run did not even create the table
        }

        MigrationTestSupport.Run run = MigrationTestSupport.run(properties);

        assertThat(run.summary().usersCreated).isEqualTo(99);
        assertThat(run.summary().usersMatched).isEqualTo(1);
        assertThat(run.summary().usersAlreadyMigrated).isZero();
        assertThat(run.summary().jobsImported).isEqualTo(10_000);
        assertThat(run.summary().jobsRejected).isZero();
        List<EventEnvelope> events = MigrationTestSupport.events(stack);
        List<EventEnvelope> jobs = imported(events, oldJobIds);
        assertThat(jobs).hasSize(10_000);
        assertThat(jobs.stream().map(e -> ((JobCreated) e.data()).importedFrom().id()).collect(Collectors.toSet()))
                .isEqualTo(oldJobIds);
        assertThat(jobs.stream().map(EventEnvelope::id).distinct()).hasSize(10_000);
        // the existing account got its old jobs, and no second registration
        assertThat(jobs.stream().filter(e -> e.userid().equals(existingId))).hasSize(100);
        Set<String> userIds = jobs.stream().map(EventEnvelope::userid).collect(Collectors.toSet());
        assertThat(userIds).hasSize(100);
        Map<String, Long> registrations = events.stream().filter(e -> userIds.contains(e.userid()))
                .filter(e -> e.data() instanceof UserRegistered)
                .collect(Collectors.groupingBy(EventEnvelope::userid, Collectors.counting()));
        assertThat(registrations).hasSize(99).doesNotContainKey(existingId).allSatisfy((user, n) -> assertThat(n)
                .isEqualTo(1));
        assertThat(events.stream().filter(e -> userIds.contains(e.userid()))
                .filter(e -> e.data() instanceof UserPasswordResetRequested)).hasSize(99);
        // one user's jobs carry the old dates and statuses
        Document first = data.jobs.get(0);
        JobCreated firstJob = (JobCreated) jobs.stream().collect(Collectors.toMap(
                e -> ((JobCreated) e.data()).importedFrom().id(), Function.identity()))
                .get(first.getObjectId("_id").toHexString()).data();
        assertThat(firstJob.importedFrom().createdAt()).isEqualTo(first.getDate("created_at").toInstant());
        assertThat(firstJob.importedFrom().updatedAt()).isEqualTo(first.getDate("updated_at").toInstant());
        assertThat(firstJob.company()).isEqualTo("Company 0");
        assertThat(firstJob.location()).isEqualTo("Remote");

        MigrationTestSupport.Run again = MigrationTestSupport.run(properties);
        assertThat(again.summary().usersAlreadyMigrated).isEqualTo(100);
        assertThat(again.summary().jobsAlreadyImported).isEqualTo(10_000);
        assertThat(again.summary().jobsImported).isZero();
        assertThat(MigrationTestSupport.events(stack)).hasSameSizeAs(events);
    }

    private static List<EventEnvelope> imported(List<EventEnvelope> events, Set<String> oldJobIds) {
        return events.stream().filter(e -> e.data() instanceof JobCreated job && job.importedFrom() != null
                && oldJobIds.contains(job.importedFrom().id())).toList();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
