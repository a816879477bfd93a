package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.privacy.PersonalFields;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.bson.types.ObjectId;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * mongoexport's files, as it writes them (src/test/resources/mongoexport): JSON lines in relaxed Extended JSON,
 * and {@code --jsonArray} in canonical Extended JSON, with odd documents among them. Against the devstack's
 * real Kafka, dynalite and cognito-local.
 */
@ExtendWith(DevStackExtension.class)
class ExportFilesMigrationTest {

    private static final Path FIXTURES = Path.of("src/test/resources/mongoexport");
    private static final String ADA = "65a1b2c3d4e5f60718293a01";
    private static final String GRACE = "65a1b2c3d4e5f60718293a02";

    private final DevStack stack;
    private final JsonMapper json = JsonMapper.builder().build();

    ExportFilesMigrationTest(DevStack stack) {
        this.stack = stack;
    }

    @Test
    void relaxedJsonLinesMigrateEveryGoodDocumentAndReportEveryOddOneTwiceWithoutDuplicates() throws Exception {
        Properties properties = MigrationTestSupport.properties(stack,
                Map.of("mongo.export-dir", FIXTURES.resolve("relaxed").toString()));

        MigrationTestSupport.Run run = MigrationTestSupport.run(properties);

        Summary summary = run.summary();
        assertThat(summary.usersRead).isEqualTo(3);
        assertThat(summary.usersCreated).isEqualTo(2);
        assertThat(summary.usersRejected).isEqualTo(1);
        assertThat(summary.passwordHashesDropped).isEqualTo(3);
        assertThat(summary.jobsRead).isEqualTo(12);
        assertThat(summary.jobsImported).isEqualTo(4);
        assertThat(summary.jobsRejected).isEqualTo(8);
        assertThat(run.printed()).contains("users: 3 read, 2 created", "jobs: 12 read, 4 imported",
                "rejects file: " + run.rejectsFile());

        Map<String, String> reasons = rejects(run.rejectsFile(), true);
        assertThat(reasons).containsOnlyKeys("users/65a1b2c3d4e5f60718293a03", "jobs/65b000000000000000000004",
                "jobs/65b000000000000000000005", "jobs/65b000000000000000000006", "jobs/65b000000000000000000002",
                "jobs/65b000000000000000000008", "jobs/65b000000000000000000009", "jobs/jobs.json line 10",
                "jobs/65b00000000000000000000b");
        assertThat(reasons.get("users/65a1b2c3d4e5f60718293a03")).isEqualTo("missing required field 'email'");
        assertThat(reasons.get("jobs/65b000000000000000000004")).isEqualTo("missing required field 'company'");
        assertThat(reasons.get("jobs/65b000000000000000000005")).startsWith("unknown status 'Declined'");
        assertThat(reasons.get("jobs/65b000000000000000000006"))
                .isEqualTo("'applied_date' is a string (\"2024-01-15\"), not a date");
        assertThat(reasons.get("jobs/65b000000000000000000002"))
                .isEqualTo("duplicate _id: an earlier job document has it");
        assertThat(reasons.get("jobs/65b000000000000000000008"))
                .isEqualTo("its user 65a1b2c3d4e5f60718293a03 was rejected (see that line)");
        assertThat(reasons.get("jobs/65b000000000000000000009")).isEqualTo("'company' is not well-formed Unicode");
        assertThat(reasons.get("jobs/jobs.json line 10")).startsWith("not Extended JSON");
        assertThat(reasons.get("jobs/65b00000000000000000000b"))
                .isEqualTo("user_id 65a1b2c3d4e5f607182939ff is no user of the old system");
        Map<String, String> notCarried = rejects(run.rejectsFile(), false);
        assertThat(notCarried).containsOnlyKeys("users/" + ADA, "jobs/65b00000000000000000000c");
        assertThat(notCarried.get("users/" + ADA)).endsWith("not carried over: created_at, is_active");
        assertThat(notCarried.get("jobs/65b00000000000000000000c")).endsWith("not carried over: __v");

        // the accounts: in Cognito with the old username and email, unverified; the reservation completed
        var ada = stack.cognito().client().adminGetUser(r -> r.userPoolId(stack.cognito().userPoolId())
                .username("ada"));
        Map<String, String> adaAttributes = ada.userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
        assertThat(adaAttributes).containsEntry("email", "ada.lovelace@example.com")
                .containsEntry("email_verified", "false").containsEntry("given_name", "Ada Lovelace");
        String adaId = adaAttributes.get("sub");
        try (DynamoDbClient dynamoDb = stack.dynamoDb()) {
            Map<String, AttributeValue> reservation = dynamoDb.getItem(r -> r
                    .tableName(EmailReservationsTable.DEFAULT_TABLE).consistentRead(true)
                    .key(Map.of(EmailReservationsTable.EMAIL, AttributeValue.fromS("ada.lovelace@example.com"))))
                    .item();
            assertThat(reservation.get(EmailReservationsTable.USERNAME).s()).isEqualTo("ada");
            assertThat(reservation.get(EmailReservationsTable.USER_ID).s()).isEqualTo(adaId);
        }

        List<EventEnvelope> ours = ofUsers(MigrationTestSupport.events(stack), Set.of(adaId, gracesId()));
        assertThat(ours).hasSize(4 + 4); // two users × (registered, reset), four jobs
        EventEnvelope registered = ours.stream().filter(e -> e.data() instanceof UserRegistered
                && e.userid().equals(adaId)).findFirst().orElseThrow();
        assertThat(registered.id()).isEqualTo(MigrationIds.userRegisteredEventId(ADA));
        assertThat(registered.data()).isEqualTo(new UserRegistered(adaId, "ada", "ada.lovelace@example.com",
                "Ada Lovelace", null, false));
        // the reset request comes after the registration, to the same address: the notifier mails the link
        int registeredAt = ours.indexOf(registered);
        EventEnvelope reset = ours.stream().filter(e -> e.data() instanceof UserPasswordResetRequested
                && e.userid().equals(adaId)).findFirst().orElseThrow();
        assertThat(ours.indexOf(reset)).isGreaterThan(registeredAt);
        assertThat(((UserPasswordResetRequested) reset.data()).email()).isEqualTo("ada.lovelace@example.com");
        assertThat(((UserPasswordResetRequested) reset.data()).forMovedAccount()).isTrue();

        EventEnvelope created = ours.stream().filter(e -> e.data() instanceof JobCreated job
                && job.importedFrom().id().equals("65b000000000000000000001")).findFirst().orElseThrow();
        assertThat(created.id()).isEqualTo(MigrationIds.jobCreatedEventId("65b000000000000000000001"));
        assertThat(created.userid()).isEqualTo(adaId);
        assertThat(created.source()).isEqualTo("/careervault/migration");
        assertThat(created.data()).isEqualTo(new JobCreated(MigrationIds.jobId("65b000000000000000000001"),
                "Analytical Engines Ltd", "Programmer", JobStatus.Interviewing, "London", "£50k-£60k",
                LocalDate.parse("2024-01-15"), "https://example.com/jobs/1", "Café meeting with Mr Babbage", null,
                null, null, new ImportedFrom("mongodb", "65b000000000000000000001",
                        Instant.parse("2024-01-14T09:30:00Z"), Instant.parse("2024-02-01T12:00:00.123Z"))));
        assertThat(((JobCreated) created.data()).notes()).hasSize(28); // "é" in NFC: one code unit
        // on the topic, the personal fields are encrypted with Ada's data key (what decoded above): none in clear
        List<EventTopic.Received> adasRecords = EventTopic.eventsOf(adaId);
        assertThat(adasRecords).extracting(EventTopic.Received::type).containsExactlyInAnyOrder(
                "careervault.user.registered.v1", "careervault.user.password-reset-requested.v1",
                "careervault.job.created.v1", "careervault.job.created.v1");
        for (EventTopic.Received record : adasRecords) {
            JsonNode raw = json.readTree(record.value());
            assertThat(raw.get("data").get(PersonalFields.ENCRYPTED_FIELDS).asString()).as(record.type())
                    .isNotBlank();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).as(record.type()).doesNotContain(
                    "ada.lovelace@example.com", "Ada Lovelace", "\"ada\"", "Analytical Engines", "Programmer",
                    "London", "£50k", "example.com/jobs", "Babbage");
        }
        EventTopic.Received rawCreated = adasRecords.stream().filter(r -> r.event().get("id").asString()
                .equals(created.id())).findFirst().orElseThrow();
        JsonNode rawData = json.readTree(rawCreated.value()).get("data");
        assertThat(rawData.has("company")).isFalse();
        assertThat(rawData.get("imported_from").get("id").asString()).isEqualTo("65b000000000000000000001");
        assertThat(rawCreated.data().get("company").asString()).isEqualTo("Analytical Engines Ltd");
        assertThat(ours.stream().filter(e -> e.data() instanceof JobCreated)
                .map(e -> ((JobCreated) e.data()).status())).containsExactlyInAnyOrder(JobStatus.Interviewing,
                JobStatus.Applied, JobStatus.Screening, JobStatus.Wishlist);

        // twice: nothing new in the log, every reject reported again
        MigrationTestSupport.Run again = MigrationTestSupport.run(MigrationTestSupport.properties(stack,
                Map.of("mongo.export-dir", FIXTURES.resolve("relaxed").toString())));
        assertThat(again.summary().usersAlreadyMigrated).isEqualTo(2);
        assertThat(again.summary().usersCreated).isZero();
        assertThat(again.summary().jobsAlreadyImported).isEqualTo(4);
        assertThat(again.summary().jobsImported).isZero();
        assertThat(rejects(again.rejectsFile(), true)).isEqualTo(reasons);
        assertThat(ofUsers(MigrationTestSupport.events(stack), Set.of(adaId, gracesId()))).isEqualTo(ours);
        assertThat(EventTopic.eventsOf(adaId)).hasSameSizeAs(adasRecords);
    }

    @Test
    void theJobsOfAnAccountDeletedSinceAnEarlierRunAreRejectedNotImported(@TempDir Path dir) throws Exception {
        String user = new ObjectId().toHexString();
        String firstJob = new ObjectId().toHexString();
        String laterJob = new ObjectId().toHexString();
        Files.writeString(dir.resolve("users.json"), """
                {"_id":{"$oid":"%s"},"email":"gone-%s@example.com","username":"gone-%s"}
                """.formatted(user, user, user), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("jobs.json"), job(firstJob, user, "First Co"), StandardCharsets.UTF_8);
        MigrationTestSupport.Run first = MigrationTestSupport.run(MigrationTestSupport.properties(stack,
                Map.of("mongo.export-dir", dir.toString())));
        assertThat(first.summary().jobsImported).isEqualTo(1);
        String userId = sub("gone-" + user);

        // the user deletes the account (the API deletes the data key), then the rest of the old data comes
        try (DynamoDbAsyncClient dynamoDb = MigrationTestSupport.dynamoDbAsync(stack)) {
            MigrationTestSupport.dataKeys(dynamoDb).delete(userId);
        }
        Files.writeString(dir.resolve("jobs.json"), job(firstJob, user, "First Co") + job(laterJob, user, "Later Co"),
                StandardCharsets.UTF_8);
        MigrationTestSupport.Run again = MigrationTestSupport.run(MigrationTestSupport.properties(stack,
                Map.of("mongo.export-dir", dir.toString())));

        assertThat(again.summary().usersAlreadyMigrated).isEqualTo(1);
        assertThat(again.summary().jobsAlreadyImported).isEqualTo(1);
        assertThat(again.summary().jobsImported).isZero();
        assertThat(again.summary().jobsRejected).isEqualTo(1);
        assertThat(rejects(again.rejectsFile(), true)).containsOnly(Map.entry("jobs/" + laterJob,
                "the CareerVault account " + userId + " was deleted (its data key with it): nothing is imported "
                        + "for a deleted account"));
        // nothing new on the topic for that user: the first run's three records only
        assertThat(EventTopic.eventsOf(userId)).extracting(r -> r.event().get("id").asString())
                .containsExactlyInAnyOrder(MigrationIds.userRegisteredEventId(user),
                        MigrationIds.passwordResetEventId(user), MigrationIds.jobCreatedEventId(firstJob));
    }

    private static String job(String id, String user, String company) {
        return """
                {"_id":{"$oid":"%s"},"user_id":{"$oid":"%s"},"company":"%s","position":"Engineer","status":"Applied","applied_date":{"$date":"2024-01-15T00:00:00Z"},"created_at":{"$date":"2024-01-14T09:30:00Z"},"updated_at":{"$date":"2024-01-14T09:30:00Z"}}
                """.formatted(id, user, company);
    }

    @Test
    void canonicalJsonArrayMigratesLikeRelaxed() throws Exception {
        MigrationTestSupport.Run run = MigrationTestSupport.run(MigrationTestSupport.properties(stack,
                Map.of("mongo.export-dir", FIXTURES.resolve("canonical").toString())));

        assertThat(run.summary().usersCreated).isEqualTo(2);
        assertThat(run.summary().jobsImported).isEqualTo(3);
        assertThat(run.summary().jobsRejected).isEqualTo(2);
        Map<String, String> reasons = rejects(run.rejectsFile(), true);
        assertThat(reasons).containsOnly(
                Map.entry("jobs/65d000000000000000000004", "'created_at' is a number (1712131200000), not a date"),
                Map.entry("jobs/65d000000000000000000005", "missing required field 'status'"));
        String linus = sub("linus");
        String marie = sub("marie.c");
        List<EventEnvelope> jobs = ofUsers(MigrationTestSupport.events(stack), Set.of(linus, marie)).stream()
                .filter(e -> e.data() instanceof JobCreated).toList();
        assertThat(jobs).extracting(e -> ((JobCreated) e.data()).importedFrom().id()).containsExactlyInAnyOrder(
                "65d000000000000000000001", "65d000000000000000000002", "65d000000000000000000003");
        JobCreated caltech = (JobCreated) jobs.stream().filter(e -> e.userid().equals(linus)).findFirst()
                .orElseThrow().data();
        assertThat(caltech).isEqualTo(new JobCreated(MigrationIds.jobId("65d000000000000000000001"), "Caltech",
                "Chemist", JobStatus.Accepted, null, "$100k", LocalDate.parse("2024-04-01"), null, null, null, null,
                null, new ImportedFrom("mongodb", "65d000000000000000000001", Instant.parse("2024-04-01T08:00:00Z"),
                        Instant.parse("2024-05-01T08:00:00Z"))));
        var registered = ofUsers(MigrationTestSupport.events(stack), Set.of(linus)).stream()
                .filter(e -> e.data() instanceof UserRegistered).map(e -> (UserRegistered) e.data()).toList();
        assertThat(registered).containsExactly(new UserRegistered(linus, "linus", "linus@example.org", "Linus",
                "Pauling", false));
    }

    private String gracesId() {
        return sub("grace_h");
    }

    private String sub(String username) {
        return stack.cognito().client().adminGetUser(r -> r.userPoolId(stack.cognito().userPoolId())
                .username(username)).userAttributes().stream().filter(a -> a.name().equals("sub"))
                .map(AttributeType::value).findFirst().orElseThrow();
    }

    private static List<EventEnvelope> ofUsers(List<EventEnvelope> events, Set<String> userIds) {
        return events.stream().filter(e -> userIds.contains(e.userid())).toList();
    }

    /** "collection/_id" → reason, of the lines with {@code rejected} as given. */
    private Map<String, String> rejects(Path file, boolean rejected) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(json::readTree)
                .filter(line -> line.get("rejected").asBoolean() == rejected)
                .collect(Collectors.toMap(line -> line.get("collection").asString() + "/" + line.get("_id").asString(),
                        line -> line.get("reason").asString()));
    }
}
