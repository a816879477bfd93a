package com.careervault.api.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/me/resume}: the text goes to {@code CareerVault-Resumes} only, the log gets
 * {@code careervault.user.resume-changed.v1} with its SHA-256 and length; bad bodies are field problems that
 * change nothing; the text never reaches the log output.
 */
@ApiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ResumeApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESUME_CHANGED = "careervault.user.resume-changed.v1";
    /** A decomposed é (e + combining acute accent) and an emoji: NFC makes the é one code point. */
    private static final String SENT = "  Zoe\u0301 Backend-Marker-7Q3\r\nJava, Kafka \uD83D\uDE80\n\tDynamoDB \n";
    private static final String STORED = "Zo\u00e9 Backend-Marker-7Q3\r\nJava, Kafka \uD83D\uDE80\n\tDynamoDB";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void aStoredResumeIsInItsTableAndOnlyItsHashAndLengthInTheLog(CapturedOutput output) throws Exception {
        String hash = sha256(STORED);
        int length = STORED.codePointCount(0, STORED.length());
        assertThat(length).isEqualTo(47);

        JsonNode stored = put("{\"text\": " + JSON.writeValueAsString(SENT) + "}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        String updatedAt = stored.get("updated_at").asString();
        assertThat(updatedAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(stored).isEqualTo(JSON.readTree("{\"text\": %s, \"resume_hash\": \"%s\", \"length\": %d, "
                .formatted(JSON.writeValueAsString(STORED), hash, length) + "\"updated_at\": \"" + updatedAt + "\"}"));
        assertThat(item()).isEqualTo(Map.of(
                ResumesTable.USER_ID, AttributeValue.fromS(account.userId()),
                ResumesTable.RESUME_TEXT, AttributeValue.fromS(STORED),
                ResumesTable.RESUME_HASH, AttributeValue.fromS(hash),
                ResumesTable.LENGTH, AttributeValue.fromN(Integer.toString(length)),
                ResumesTable.UPDATED_AT, AttributeValue.fromS(updatedAt)));
        EventTopic.Received changed = last(RESUME_CHANGED);
        assertThat(changed.key()).isEqualTo(account.userId());
        assertThat(changed.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"resume_hash\":\""
                + hash + "\",\"length\":" + length + "}");
        assertThat(EventTopic.eventsOf(account.userId()).toString()).doesNotContain("Backend-Marker-7Q3");

        client.get().uri("/api/me/resume").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).isEqualTo(stored);
        JsonNode export = client.get().uri("/api/me/export").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("resume")).isEqualTo(stored);

        // the same text again: stored again and announced again (the enricher's memo makes that free)
        put("{\"text\": " + JSON.writeValueAsString(STORED) + "}").expectStatus().isOk()
                .expectBody().jsonPath("$.resume_hash").isEqualTo(hash);
        assertThat(EventTopic.eventsOf(account.userId())).filteredOn(e -> e.type().equals(RESUME_CHANGED))
                .hasSize(2);
        assertThat(output.getAll()).doesNotContain("Backend-Marker-7Q3");
    }

    @Test
    void aRemovedResumeIsGoneAndAnnouncedWithoutAHashAndRemovingNothingIsFine() {
        put("{\"text\": \"Ten years of COBOL\"}").expectStatus().isOk();

        client.delete().uri("/api/me/resume").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNoContent().expectBody().isEmpty();

        assertThat(item()).isEmpty();
        assertThat(last(RESUME_CHANGED).data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\"}");
        client.get().uri("/api/me/resume").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        client.delete().uri("/api/me/resume").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNoContent();
        assertThat(EventTopic.eventsOf(account.userId())).filteredOn(e -> e.type().equals(RESUME_CHANGED))
                .hasSize(3);
    }

    @Test
    void badBodiesAreFieldProblemsAndChangeNothing() {
        put("{\"text\": \"The resume that stays\"}").expectStatus().isOk();
        int events = EventTopic.eventsOf(account.userId()).size();

        problem("{\"text\": \"" + "r".repeat(ResumeRequest.TEXT_MAX + 1) + "\"}", "text",
                "must be at most 50000 characters");
        problem("{\"text\": \" \\n\\t \"}", "text", "must not be empty");
        problem("{}", "text", "is required");
        problem("{\"text\": 42}", "text", "must be a string");
        problem("{\"text\": \"a bell \\u0007\"}", "text", "must not contain control characters");
        put("{\"text\": \"unterminated").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        put("[\"text\"]").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // exactly the limit, in code points (an emoji is two UTF-16 units), is fine
        put("{\"text\": \"" + "\uD83D\uDE80".repeat(ResumeRequest.TEXT_MAX) + "\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.length").isEqualTo(ResumeRequest.TEXT_MAX);
        events++;

        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
        put("{\"text\": \"The resume that stays\"}").expectStatus().isOk();
        assertThat(item().get(ResumesTable.RESUME_TEXT).s()).isEqualTo("The resume that stays");
    }

    @Test
    void everyResumeOperationNeedsTheBearerToken() {
        client.get().uri("/api/me/resume").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.put().uri("/api/me/resume").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"x\"}").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.delete().uri("/api/me/resume").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/me/resume").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound();
    }

    private void problem(String body, String field, String message) {
        put(body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    private WebTestClient.ResponseSpec put(String body) {
        return client.put().uri("/api/me/resume").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Map<String, AttributeValue> item() {
        return DevStack.shared().dynamoDb().getItem(r -> r.tableName(ResumesTable.DEFAULT_TABLE).consistentRead(true)
                .key(Map.of(ResumesTable.USER_ID, AttributeValue.fromS(account.userId())))).item();
    }

    private EventTopic.Received last(String type) {
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId()).stream()
                .filter(e -> e.type().equals(type)).toList();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    /** SHA-256 computed here, independently of EnrichmentInputs. */
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
