package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStack;
import com.careervault.migration.MigrationMain;
import com.careervault.migration.MigrationSettings;
import com.careervault.migration.Summary;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * An old system's user, migrated from mongoexport files into the running system: the notifier mails the
 * set-your-password link, {@code POST /auth/reset-password} takes it, the user signs in with the new password
 * and finds the old jobs.
 */
class MigratedAccountTest {

    @Test
    void aMigratedUserSetsAPasswordWithTheEmailedLinkAndFindsTheOldJobs(@TempDir Path dir) throws Exception {
        WebTestClient http = TheSystem.http();
        DevStack stack = DevStack.shared();
        String email = "old.user@example.com";
        Files.writeString(dir.resolve("users.json"), """
                {"_id":{"$oid":"66e000000000000000000001"},"email":"Old.User@example.com","username":"olduser","hashed_password":"$2b$12$abcdefghijklmnopqrstuv","given_name":"Old","family_name":"User"}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("jobs.json"), """
                {"_id":{"$oid":"66f000000000000000000001"},"user_id":{"$oid":"66e000000000000000000001"},"company":"Initech","position":"Programmer","status":"interview","applied_date":{"$date":"2023-02-01T00:00:00Z"},"created_at":{"$date":"2023-02-01T09:00:00Z"},"updated_at":{"$date":"2023-02-10T09:00:00Z"},"location":"Austin"}
                {"_id":{"$oid":"66f000000000000000000002"},"user_id":{"$oid":"66e000000000000000000001"},"company":"Initrode","position":"Analyst","status":"Rejected","applied_date":{"$date":"2023-03-01T00:00:00Z"},"created_at":{"$date":"2023-03-01T09:00:00Z"},"updated_at":{"$date":"2023-03-20T09:00:00Z"}}
                """, StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.setProperty("mongo.export-dir", dir.toString());
        p.setProperty("kafka.bootstrap-servers", stack.kafkaBootstrapServers());
        p.setProperty("dynamodb.endpoint", stack.dynamoDbEndpoint());
        p.setProperty("cognito.endpoint", stack.cognito().endpoint().toString());
        p.setProperty("cognito.user-pool-id", stack.cognito().userPoolId());
        p.setProperty("migration.rejects-file", dir.resolve("rejects.jsonl").toString());

        Summary summary = MigrationMain.run(MigrationSettings.from(p, Map.of()),
                new PrintStream(OutputStream.nullOutputStream()), false);
        assertThat(summary.usersCreated()).isEqualTo(1);
        assertThat(summary.jobsImported()).isEqualTo(2);

        MimeMessage resetMail = await().atMost(Duration.ofSeconds(60)).until(() -> Mails.to(email).stream()
                .filter(m -> Mails.link(m, "reset-password").isPresent()).toList(), found -> !found.isEmpty()).get(0);
        assertThat(Mails.subject(resetMail)).isEqualTo("Your job applications have moved to CareerVault");
        Matcher link = Mails.link(resetMail, "reset-password").orElseThrow();
        http.post().uri("/auth/reset-password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", link.group(3), "password", "N3w!Passw0rd")).exchange()
                .expectStatus().isOk();
        JsonNode tokens = http.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", email, "password", "N3w!Passw0rd")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String bearer = "Bearer " + tokens.get("access_token").asString();
        http.get().uri("/auth/me").header("Authorization", bearer).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("olduser").jsonPath("$.email").isEqualTo(email)
                .jsonPath("$.given_name").isEqualTo("Old");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = http.get().uri("/api/jobs").header("Authorization", bearer).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            List<String> companies = page.get("jobs").valueStream().map(job -> job.get("company").asString())
                    .sorted().toList();
            assertThat(companies).containsExactly("Initech", "Initrode");
        });
        // a second link use is refused: the reset is single-use, as for any account
        http.post().uri("/auth/reset-password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", link.group(3), "password", "An0ther!Pass")).exchange()
                .expectStatus().isBadRequest();
    }
}
