package com.careervault.api.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Signs fresh users up and in through the API itself, as the SPA does. */
public final class Accounts {

    public static final String PASSWORD = "Str0ng!Passw0rd";

    private Accounts() {
    }

    /** A signed-up user with their tokens. */
    public record Account(String userId, String username, String email, String accessToken, String idToken,
            String refreshToken) {

        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    public static Account signUpAndLogIn(WebTestClient client) {
        String username = "user" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = username + "@example.com";
        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", email, "password", PASSWORD,
                        "given_name", "Jane", "family_name", "Doe"))
                .exchange()
                .expectStatus().isAccepted();
        JsonNode tokens = logIn(client, username);
        // sign-up does not say who the user is (it answers the same for a taken email): the profile does
        JsonNode me = client.get().uri("/auth/me").header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return new Account(me.get("user_id").asString(), username, email, tokens.get("access_token").asString(),
                tokens.get("id_token").asString(), tokens.get("refresh_token").asString());
    }

    public static JsonNode logIn(WebTestClient client, String username) {
        return client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
