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
 * listing, the address verified through the emailed link while the due
 * follow-up reminder waits for it, the reminder in the mailbox, a status change
 * and its history, statistics on the analytics topic, the one-click unsubscribe
 * link (a GET changes nothing, the POST does), delete.
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
                .exchange().expectStatus().isAccepted()
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

        // sign-up mailed a link to verify the address; until it is used, the due reminder is held, not sent
        MimeMessage verification = await().atMost(Duration.ofSeconds(30))
                .until(() -> Mails.to(email), found -> !found.isEmpty()).get(0);
        Matcher verify = Mails.link(verification, "verify-email").orElseThrow(
                () -> new AssertionError("no verification link in " + Mails.text(verification)));
        // the reminder came due two seconds after the job was created: three "days" later it has still not gone out
        await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(() -> true);
        assertThat(Mails.to(email)).as("mail to an unverified address").hasSize(1);

        // a mail scanner following the link gets the web app's page and verifies nothing; the page's button does
        http.get().uri(verify.group(2)).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        http.get().uri("/auth/me").header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email_verified").isEqualTo(false);
        http.post().uri("/auth/verify-email").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", verify.group(3))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo(email).jsonPath("$.email_verified").isEqualTo(true);

        // the held reminder now arrives, with the one-click unsubscribe headers of RFC 8058 and the same link
        MimeMessage reminder = await().atMost(Duration.ofSeconds(30))
                .until(() -> Mails.to(email), found -> found.size() == 2).get(1);
        String body = Mails.text(reminder);
        assertThat(body).contains("Google");
        Matcher link = Mails.link(reminder, "unsubscribe")
                .orElseThrow(() -> new AssertionError("no unsubscribe link in " + body));
        assertThat(Mails.header(reminder, "List-Unsubscribe")).isEqualTo("<" + link.group(1) + ">");
        assertThat(Mails.header(reminder, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

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

        // the email link (RFC 8058): a GET is the web app's page, the one-click POST turns reminders off
        String unsubscribe = link.group(2);
        http.get().uri(unsubscribe).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        http.get().uri("/api/me/preferences").header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.follow_up_enabled").isEqualTo(true);
        http.post().uri(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("List-Unsubscribe=One-Click").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.reminders_enabled").isEqualTo(false);
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
        assertThat(Mails.to(email)).hasSize(2);
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
