package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's whole journey against the running system, over HTTP only: the
 * seed's walk-through (health, sign-up, login, create the seed's job), then
 * listing, a status change and its history, a follow-up reminder in the
 * mailbox, statistics on the analytics topic, the unsubscribe link, delete.
 */
@ExtendWith(DevStackExtension.class)
class EndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aJobApplicationFromSignUpToDeletion() {
        WebTestClient http = TheSystem.http();
        // the seed's "Testing the implementation", literally: its user and its job, as the run command prints them
        String email = "test@example.com";
        http.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("healthy");
        http.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON).bodyValue(Walkthrough.SEED_SIGNUP)
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.username").isEqualTo("testuser").jsonPath("$.email").isEqualTo(email);
        JsonNode tokens = http.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Walkthrough.SEED_LOGIN)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String bearer = "Bearer " + tokens.get("access_token").asString();
        JsonNode me = http.get().uri("/auth/me").header("Authorization", bearer).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me.get("given_name").asString()).isEqualTo("Test");
        assertThat(me.get("family_name").asString()).isEqualTo("User");
        String userId = me.get("user_id").asString();
        // remind after one (two-second, in this test) day in Applied
        http.put().uri("/api/me/preferences").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"follow_up_days\": 1}").exchange().expectStatus().isAccepted();
        String jobId = http.post().uri("/api/jobs").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Walkthrough.SEED_JOB)
                .exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("job_id").asString();

        // it is listed once projected
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> http.get().uri("/api/jobs")
                .header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.jobs[0].job_id").isEqualTo(jobId)
                .jsonPath("$.jobs[0].company").isEqualTo("Google")
                .jsonPath("$.jobs[0].position").isEqualTo("Software Engineer")
                .jsonPath("$.jobs[0].status").isEqualTo("Applied")
                .jsonPath("$.jobs[0].location").isEqualTo("Mountain View, CA")
                .jsonPath("$.jobs[0].salary_range").isEqualTo("$120k-$180k"));

        // the follow-up reminder arrives, with a link that turns reminders off
        MimeMessage reminder = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(email), found -> !found.isEmpty()).get(0);
        String body = text(reminder);
        assertThat(body).contains("Google");
        Matcher link = Pattern.compile("(http://localhost:\\d+/unsubscribe\\?token=[A-Za-z0-9_.-]+)")
                .matcher(body);
        assertThat(link.find()).as("unsubscribe link in %s", body).isTrue();

        // a status change, and the stage history
        http.patch().uri("/api/jobs/" + jobId).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\": \"Interviewing\"}").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> http.get().uri("/api/jobs/" + jobId)
                .header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("Interviewing")
                .jsonPath("$.status_history[*].status").isEqualTo(List.of("Applied", "Interviewing")));

        // the analytics stream has the user's figures
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode stats = latestStats(userId);
            assertThat(stats).isNotNull();
            assertThat(stats.get("type").asString()).isEqualTo("careervault.analytics.user-stats.v1");
            assertThat(stats.get("data").get("total_jobs").asInt()).isEqualTo(1);
            assertThat(stats.get("data").get("jobs_by_status").get("Interviewing").asInt()).isEqualTo(1);
            assertThat(stats.get("data").get("response_rate").asDouble()).isEqualTo(1.0);
        });

        // the email link works without signing in: the one-click POST of RFC 8058 (a GET only shows the page)
        http.post().uri(link.group(1).replaceFirst("http://localhost:\\d+", ""))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> http.get().uri("/api/me/preferences")
                .header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.follow_up_enabled").isEqualTo(false)
                .jsonPath("$.interview_enabled").isEqualTo(false));

        // delete: gone from the list
        http.delete().uri("/api/jobs/" + jobId).header("Authorization", bearer).exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> http.get().uri("/api/jobs")
                .header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.jobs.length()").isEqualTo(0));
        http.get().uri("/api/jobs/" + jobId).header("Authorization", bearer).exchange().expectStatus().isNotFound();
        assertThat(mailTo(email)).hasSize(1);
    }

    private static List<MimeMessage> mailTo(String address) {
        return DevStack.shared().mailbox().received().stream()
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            message.writeTo(out);
            // quoted-printable soft line breaks would split the link
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("=\r\n", "").replace("=3D", "=");
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest record for the user on the compacted analytics topic. */
    private static JsonNode latestStats(String userId) {
        JsonNode latest = null;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ANALYTICS_USER_STATS));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (userId.equals(record.key())) {
                        latest = JSON.readTree(record.value());
                    }
                }
            }
        }
        return latest;
    }
}
