package com.careervault.system;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A signed-in user of the running API, with the calls the tests make. */
final class Api {

    static final String PASSWORD = "TestPass123!";

    final WebTestClient http;
    final String userId;
    final String username;
    final String email;
    final String bearer;

    private Api(WebTestClient http, String userId, String username, String email, String accessToken) {
        this.http = http;
        this.userId = userId;
        this.username = username;
        this.email = email;
        this.bearer = "Bearer " + accessToken;
    }

    static Api newUser() {
        WebTestClient http = TheSystem.http();
        String username = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = username + "@example.com";
        http.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", email, "password", PASSWORD,
                        "given_name", "Test", "family_name", "User"))
                .exchange().expectStatus().isAccepted();
        return logIn(username, email);
    }

    /** Signs in an account that exists (username and its address). */
    static Api logIn(String username, String email) {
        WebTestClient http = TheSystem.http();
        JsonNode tokens = http.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // sign-up does not say who the user is (it answers the same for a taken email): the profile does
        JsonNode me = http.get().uri("/auth/me").header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return new Api(http, me.get("user_id").asString(), username, email, tokens.get("access_token").asString());
    }

    /**
     * Verifies the user's address the way a person does: with the token of the link sign-up mailed
     * (until then the notifier holds their reminders).
     */
    Api withVerifiedEmail() {
        String token = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Mails.to(email).stream().flatMap(mail -> Mails.link(mail, "verify-email").stream())
                        .map(link -> link.group(3)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        http.post().uri("/auth/verify-email").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token)).exchange().expectStatus().isOk();
        return this;
    }

    WebTestClient.ResponseSpec post(String path, String json, String... headers) {
        WebTestClient.RequestBodySpec request = http.post().uri(path).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.bodyValue(json).exchange();
    }

    WebTestClient.ResponseSpec patch(String path, String json, String... headers) {
        WebTestClient.RequestBodySpec request = http.patch().uri(path).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.bodyValue(json).exchange();
    }

    WebTestClient.ResponseSpec put(String path, String json) {
        return http.put().uri(path).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    WebTestClient.ResponseSpec get(String path) {
        return http.get().uri(path).header("Authorization", bearer).exchange();
    }

    WebTestClient.ResponseSpec delete(String path, String... headers) {
        WebTestClient.RequestHeadersSpec<?> request = http.delete().uri(path).header("Authorization", bearer);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.exchange();
    }

    JsonNode json(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Creates a job and waits until it is readable; returns its id. */
    String createReadable(String json) {
        return json(post("/api/jobs", json, "Prefer", "wait=5").expectStatus().isCreated()).get("job_id").asString();
    }
}
