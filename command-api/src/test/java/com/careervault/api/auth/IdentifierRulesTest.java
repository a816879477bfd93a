package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * One rule for emails and one for usernames (trimmed, NFC, lower-case), at every entry point:
 * sign-up and its uniqueness checks, login by email or username, refresh, /auth/me, the event.
 */
@ApiIntegrationTest
class IdentifierRulesTest {

    @Autowired
    WebTestClient client;

    @Test
    void logsInWithExactlyTheMixedCaseEmailItSignedUpWith() {
        String username = "testy" + suffix();
        JsonNode signedUp = signUp(username, "Testy.Fake@Example.com").expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(signedUp.get("email").asString()).isEqualTo("testy.fake@example.com");

        JsonNode tokens = logIn("Testy.Fake@Example.com").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String userId = client.get().uri("/auth/me")
                .header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("user_id").asString();

        assertThat(tokens.get("access_token").asString()).isNotBlank();
        assertThat(tokens.get("refresh_token").asString()).isNotBlank();
        client.get().uri("/auth/me").header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.user_id").isEqualTo(userId)
                .jsonPath("$.username").isEqualTo(username)
                .jsonPath("$.email").isEqualTo("testy.fake@example.com");
        assertThat(EventTopic.eventsOf(userId)).singleElement()
                .satisfies(received -> assertThat(received.event().get("data").get("email").asString())
                        .isEqualTo("testy.fake@example.com"));
    }

    @Test
    void anyCaseAndSurroundingSpaceOfTheEmailLogsIn() {
        String name = "mixed" + suffix();
        signUp(name, " Mixed." + name + "@Example.COM ").expectStatus().isAccepted()
                .expectBody().jsonPath("$.email").isEqualTo("mixed." + name + "@example.com");

        logIn("mixed." + name + "@example.com").expectStatus().isOk();
        logIn("MIXED." + name.toUpperCase(java.util.Locale.ROOT) + "@EXAMPLE.COM").expectStatus().isOk();
        logIn("  Mixed." + name + "@example.Com\t").expectStatus().isOk();
    }

    @Test
    void decomposedAndComposedSpellingsOfAnEmailAreOneAccount() {
        String name = "jos" + suffix();
        // "é" as one code point at sign-up, as "e" + combining acute at login, upper-case at the duplicate check
        signUp(name, name + "\u00e9@example.com").expectStatus().isAccepted();

        logIn(name + "e\u0301@example.com").expectStatus().isOk();
        signUp("other" + name, name.toUpperCase(java.util.Locale.ROOT) + "\u00c9@EXAMPLE.com")
                .expectStatus().isAccepted();
        // the same answer as for a new address, but no second account
        assertThat(CognitoUsers.withEmail(name + "\u00e9@example.com")).containsExactly(name);
        client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "other" + name, "password", Accounts.PASSWORD))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anEmailTakenInAnotherSpellingMakesNoSecondAccount() {
        Accounts.Account existing = Accounts.signUpAndLogIn(client);

        signUp("other" + suffix(), "  " + existing.email().toUpperCase(java.util.Locale.ROOT) + " ")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.email").isEqualTo(existing.email());

        assertThat(CognitoUsers.withEmail(existing.email())).containsExactly(existing.username());
    }

    @Test
    void usernamesAreCaseInsensitiveAtSignUpLoginAndMe() {
        String username = "JDoe" + suffix();
        String canonical = username.toLowerCase(java.util.Locale.ROOT);
        signUp(username, canonical + "@example.com").expectStatus().isAccepted()
                .expectBody().jsonPath("$.username").isEqualTo(canonical);

        signUp(canonical.toUpperCase(java.util.Locale.ROOT), "second-" + canonical + "@example.com")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        JsonNode tokens = logIn(canonical.toUpperCase(java.util.Locale.ROOT)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        logIn(username).expectStatus().isOk();
        logIn(" " + canonical + " ").expectStatus().isOk();

        client.get().uri("/auth/me").header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo(canonical);
        JsonNode refreshed = client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", tokens.get("refresh_token").asString(),
                        "username", canonical.toUpperCase(java.util.Locale.ROOT)))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        client.get().uri("/auth/me").header("Authorization", "Bearer " + refreshed.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo(canonical);
    }

    private WebTestClient.ResponseSpec signUp(String username, String email) {
        return client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", email, "password", Accounts.PASSWORD))
                .exchange();
    }

    private WebTestClient.ResponseSpec logIn(String usernameOrEmail) {
        return client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", usernameOrEmail, "password", Accounts.PASSWORD))
                .exchange();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
