package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.ResumesTable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account over HTTP, through the whole system: the export holds exactly the caller's data (profile,
 * preferences, live and recently deleted jobs, the reminder emailed), and after {@code DELETE /api/me} no
 * query, email or analytics record shows the user: the password and the token stop working, the read model
 * holds no item with the user's id, the analytics topic's last record for them is a tombstone, a reminder
 * due afterwards is never sent, and a new account with the same address starts empty.
 */
@ExtendWith(DevStackExtension.class)
class AccountExportAndDeletionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExportHoldsExactlyTheCallersDataAndTheDeletionLeavesNoTraceOfThem() {
        Api api = Api.newUser().withVerifiedEmail();
        Api other = Api.newUser();
        String othersJob = other.createReadable("{\"company\": \"Other Co\", \"position\": \"Clerk\", "
                + "\"status\": \"Applied\"}");

        // custom reminders only (no automatic follow-ups): one due in two seconds, one in an hour; a third job, made
        // right before the deletion, has one due just after it (so the test waits seconds, not as long as the
        // export checks might take on a busy machine)
        api.put("/api/me/preferences", "{\"follow_up_enabled\": false, \"time_zone\": \"Europe/Berlin\"}")
                .expectStatus().isAccepted();
        api.put("/api/me/resume", "{\"text\": \"Engineer, ten years of Java and Kafka.\"}").expectStatus().isOk();
        String reminded = api.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\", \"status\": "
                + "\"Applied\", \"tags\": [\"backend\", \"remote\"], \"follow_up_at\": \""
                + Instant.now().plusSeconds(2) + "\"}");
        String dueLater = api.createReadable("{\"company\": \"Dueco\", \"position\": \"Tester\", \"status\": "
                + "\"Wishlist\", \"follow_up_at\": \"" + Instant.now().plusSeconds(3600) + "\"}");
        String moved = api.createReadable("{\"company\": \"Globex\", \"position\": \"Analyst\", \"status\": "
                + "\"Wishlist\", \"notes\": \"met at the fair\"}");
        api.patch("/api/jobs/" + moved, "{\"status\": \"Applied\"}", "Prefer", "wait=5").expectStatus().isOk();
        String removed = api.createReadable("{\"company\": \"Initech\", \"position\": \"Manager\", \"status\": "
                + "\"Screening\"}");
        api.delete("/api/jobs/" + removed, "Prefer", "wait=5").expectStatus().isNoContent();
        MimeMessage reminder = await().atMost(PATIENCE).until(() -> reminders(api.email, "Acme"),
                found -> found.size() == 1).get(0);
        String reminderId = Mails.header(reminder, "X-CareerVault-Reminder");

        JsonNode export = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> export(api), found -> found.get("reminders_sent").size() == 1
                        && !found.get("preferences").get("follow_up_enabled").asBoolean());

        assertThat(fieldNames(export)).containsExactly("exported_at", "profile", "preferences", "resume", "jobs",
                "interviews", "reminders_sent", "contacts", "documents");
        assertThat(export.get("resume")).isEqualTo(api.json(api.get("/api/me/resume").expectStatus().isOk()));
        assertThat(export.get("resume").get("text").asString()).isEqualTo("Engineer, ten years of Java and Kafka.");
        ObjectNode profile = (ObjectNode) api.json(api.get("/auth/me").expectStatus().isOk());
        JsonNode exportedProfile = export.get("profile");
        assertThat(exportedProfile.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        profile.put("created_at", exportedProfile.get("created_at").asString());
        assertThat(exportedProfile).isEqualTo(profile);
        assertThat(export.get("preferences")).isEqualTo(api.json(api.get("/api/me/preferences")));
        // every live job exactly as GET /api/jobs/{id} shows it (less its version, contacts and company history), the
        // deleted one as it was
        Map<String, JsonNode> jobs = new HashMap<>();
        export.get("jobs").forEach(job -> jobs.put(job.get("job_id").asString(), job));
        assertThat(jobs.keySet()).containsExactlyInAnyOrder(reminded, dueLater, moved, removed);
        for (String live : List.of(reminded, dueLater, moved)) {
            ObjectNode shown = (ObjectNode) api.json(api.get("/api/jobs/" + live).expectStatus().isOk());
            shown.remove("version");
            // the export lists interviews once, on their own ("interviews"), not inside each job
            assertThat(shown.remove("interviews")).isEmpty();
            // the job's contacts are in the export's own "contacts", each with its job_ids
            shown.remove("contacts");
            // the earlier applications to the company are worked out for the page, not kept with the job
            shown.remove("company_history");
            assertThat(jobs.get(live)).isEqualTo(shown);
        }
        JsonNode deleted = jobs.get(removed);
        JsonNode listed = api.json(api.get("/api/jobs/deleted").expectStatus().isOk()).get("jobs").get(0);
        assertThat(deleted.get("deleted_at")).isEqualTo(listed.get("deleted_at"));
        assertThat(deleted.get("restorable_until")).isEqualTo(listed.get("expires_at"));
        assertThat(deleted.get("company").asString()).isEqualTo("Initech");
        assertThat(deleted.get("status").asString()).isEqualTo("Screening");
        assertThat(jobs.get(moved).get("status_history").findValuesAsString("status"))
                .containsExactly("Wishlist", "Applied");
        assertThat(jobs.get(reminded).get("tags").toString()).isEqualTo("[\"backend\",\"remote\"]");
        assertThat(export.get("reminders_sent")).singleElement().satisfies(sent -> {
            assertThat(sent.get("reminder_id").asString()).isEqualTo(reminderId);
            assertThat(sent.get("job_id").asString()).isEqualTo(reminded);
            assertThat(sent.get("kind").asString()).isEqualTo("custom");
            assertThat(sent.get("sent_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        });
        assertThat(export.toString()).doesNotContain(other.userId, othersJob, "Other Co");

        // deletion: the password is required and checked
        deleteAccount(api, "{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        deleteAccount(api, "{\"password\": \"Wr0ng!Password\"}").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        api.get("/api/jobs/" + reminded).expectStatus().isOk();

        Instant dueLaterAt = Instant.now().plusSeconds(20);
        api.createReadable("{\"company\": \"Lateco\", \"position\": \"Tester\", \"status\": \"Wishlist\", "
                + "\"follow_up_at\": \"" + dueLaterAt + "\"}");
        deleteAccount(api, "{\"password\": \"" + Api.PASSWORD + "\"}").expectStatus().isNoContent();
        // else the reminder was due before the deletion, and this test could not show that it is never sent
        assertThat(Instant.now()).as("the deletion was acknowledged before the reminder was due").isBefore(dueLaterAt);

        api.get("/api/jobs").expectStatus().isUnauthorized();
        api.get("/api/me/export").expectStatus().isUnauthorized();
        api.http.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", api.username, "password", Api.PASSWORD))
                .exchange().expectStatus().isUnauthorized();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(readModelItemsOf(api.userId)).isEmpty());
        assertThat(readModelItemsOf(other.userId)).isNotEmpty();
        assertThat(lastAnalyticsRecords(List.of(api.userId, other.userId)))
                .containsEntry(api.userId, "null").doesNotContainEntry(other.userId, "null");
        assertThat(itemsOf(ReadModel.Quotas.DEFAULT_TABLE, ReadModel.Quotas.USER_ID, api.userId)).isEmpty();
        assertThat(itemsOf(ResumesTable.DEFAULT_TABLE, ResumesTable.USER_ID, api.userId)).isEmpty();
        // the key material is gone; what remains is the mark that no new key is ever made for this user
        assertThat(dataKeyOf(api.userId)).containsOnlyKeys(DataKeysTable.USER_ID, DataKeysTable.DELETED_AT);

        // a new account with the same address starts with nothing of the old one
        Api again = signUpWithEmail(api.email);
        assertThat(again.userId).isNotEqualTo(api.userId);
        assertThat(again.json(again.get("/api/jobs").expectStatus().isOk()).get("jobs")).isEmpty();
        JsonNode fresh = export(again);
        assertThat(fresh.get("jobs")).isEmpty();
        assertThat(fresh.get("reminders_sent")).isEmpty();
        assertThat(fresh.get("resume").isNull()).isTrue();
        assertThat(fresh.get("documents")).isEmpty();

        // the reminder due after the deletion is never sent (the notifier looks every 200 ms)
        Duration untilWellPastDue = Duration.between(Instant.now(), dueLaterAt.plusSeconds(5));
        if (!untilWellPastDue.isNegative()) {
            await().pollDelay(untilWellPastDue).atMost(untilWellPastDue.plusSeconds(5)).until(() -> true);
        }
        assertThat(reminders(api.email, "Lateco")).isEmpty();
        assertThat(reminders(api.email, "Dueco")).isEmpty();
        assertThat(reminders(api.email, "Acme")).hasSize(1);
        assertThat(readModelItemsOf(api.userId)).isEmpty();
    }

    private static JsonNode export(Api api) {
        byte[] body = api.get("/api/me/export").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"careervault-export-"
                        + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private static org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec deleteAccount(Api api,
            String body) {
        return api.http.method(org.springframework.http.HttpMethod.DELETE).uri("/api/me")
                .header("Authorization", api.bearer).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private static List<MimeMessage> reminders(String address, String company) {
        return Mails.to(address).stream().filter(mail -> Mails.subject(mail).startsWith("Reminder:")
                && Mails.subject(mail).endsWith(" at " + company)).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** Every item with this user id as partition key in every read-model table. */
    private static List<Map<String, AttributeValue>> readModelItemsOf(String userId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.addAll(itemsOf(ReadModel.Jobs.DEFAULT_TABLE, ReadModel.Jobs.USER_ID, userId));
        items.addAll(itemsOf(ReadModel.Users.DEFAULT_TABLE, ReadModel.Users.USER_ID, userId));
        items.addAll(itemsOf(ReadModel.CompanySearch.DEFAULT_TABLE, ReadModel.CompanySearch.USER_ID, userId));
        items.addAll(itemsOf(ReadModel.JobTags.DEFAULT_TABLE, ReadModel.JobTags.USER_ID, userId));
        items.addAll(itemsOf(ReadModel.RemindersSent.DEFAULT_TABLE, ReadModel.RemindersSent.USER_ID, userId));
        items.addAll(itemsOf(ReadModel.Insights.DEFAULT_TABLE, ReadModel.Insights.USER_ID, userId));
        return items;
    }

    private static List<Map<String, AttributeValue>> itemsOf(String table, String partitionKey, String userId) {
        DynamoDbClient dynamo = DevStack.shared().dynamoDb();
        return dynamo.query(r -> r.tableName(table).consistentRead(true).keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", partitionKey))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(userId)))).items();
    }

    /**
     * The user's item in the data-key table ({@code CareerVault-DataKeys}, the crypto-shredding's); empty when
     * there is no such item.
     */
    private static Map<String, AttributeValue> dataKeyOf(String userId) {
        try {
            return DevStack.shared().dynamoDb().getItem(r -> r.tableName(DataKeysTable.DEFAULT_TABLE)
                    .consistentRead(true).key(Map.of(DataKeysTable.USER_ID, AttributeValue.fromS(userId)))).item();
        } catch (ResourceNotFoundException noTable) {
            return Map.of();
        }
    }

    /** The value of the last record of each user on the analytics topic ("null" for a tombstone). */
    private static Map<String, String> lastAnalyticsRecords(List<String> users) {
        Map<String, String> last = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "account-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ANALYTICS_USER_STATS));
            await().atMost(PATIENCE.toSeconds(), TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (users.contains(record.key())) {
                        last.put(record.key(), record.value() == null ? "null" : record.value());
                    }
                }
                return "null".equals(last.get(users.get(0))) && last.containsKey(users.get(1));
            });
            // read on to the end: the tombstone must stay the user's last record
            for (int i = 0; i < 5; i++) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (users.contains(record.key())) {
                        last.put(record.key(), record.value() == null ? "null" : record.value());
                    }
                }
            }
        }
        return last;
    }

    private static Api signUpWithEmail(String email) {
        String username = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var http = TheSystem.http();
        http.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", email, "password", Api.PASSWORD))
                .exchange().expectStatus().isAccepted();
        return Api.logIn(username, email);
    }
}
