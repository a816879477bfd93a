package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@ApiIntegrationTest
class AuthApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void signUpCreatesTheUserUnverifiedAndPublishesUserRegistered() {
        String username = "jdoe" + UUID.randomUUID().toString().substring(0, 8);
        String body = client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", username + "@Example.com",
                        "password", Accounts.PASSWORD, "given_name", "Jane", "family_name", "Doe"))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).isEqualTo("{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"email_verified\":false}");
        JsonNode me = me(Accounts.logIn(client, username));
        String userId = me.get("user_id").asString();
        assertThat(me.get("email_verified").asBoolean()).isFalse();
        assertThat(me.get("email_verified").isBoolean()).isTrue();

        List<EventTopic.Received> events = EventTopic.eventsOf(userId);
        assertThat(events).singleElement().satisfies(received -> {
            JsonNode event = received.event();
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("type").asString()).isEqualTo("careervault.user.registered.v1");
            assertThat(event.get("source").asString()).isEqualTo("/careervault/command-api");
            assertThat(event.get("userid").asString()).isEqualTo(userId);
            assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(event.has("subject")).isFalse();
            assertThat(UUID.fromString(event.get("id").asString())).isNotNull();
            assertThat(event.get("data").toString()).isEqualTo("{\"user_id\":\"" + userId + "\",\"username\":\""
                    + username + "\",\"email\":\"" + username + "@example.com\",\"given_name\":\"Jane\","
                    + "\"family_name\":\"Doe\",\"email_verified\":false}");
        });
    }

    @Test
    void takenUsernameIsAConflict() {
        Accounts.Account existing = Accounts.signUpAndLogIn(client);

        signUp(existing.username(), "other-" + existing.email(), Accounts.PASSWORD)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        // the other address was not kept: it can still be signed up
        String other = "x" + existing.username();
        signUp(other, "other-" + existing.email(), Accounts.PASSWORD).expectStatus().isAccepted();
        assertThat(me(Accounts.logIn(client, other)).get("email").asString()).isEqualTo("other-" + existing.email());
    }

    @Test
    void takenEmailAnswersTheSameAndOnlyTellsTheOwner() {
        Accounts.Account existing = Accounts.signUpAndLogIn(client);
        String intruder = "other" + existing.username();

        String body = signUp(intruder, existing.email().toUpperCase(java.util.Locale.ROOT), Accounts.PASSWORD)
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).isEqualTo("{\"username\":\"" + intruder + "\",\"email\":\"" + existing.email()
                + "\",\"email_verified\":false}");
        assertThat(EventTopic.eventsOf(existing.userId())).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.registered.v1", "careervault.user.sign-up-attempted.v1");
        assertThat(EventTopic.eventsOf(existing.userId()).get(1).data().toString()).isEqualTo(
                "{\"user_id\":\"" + existing.userId() + "\",\"email\":\"" + existing.email() + "\"}");
        // nothing was created for the intruder
        client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", intruder, "password", Accounts.PASSWORD))
                .exchange().expectStatus().isUnauthorized();
        assertThat(CognitoUsers.withEmail(existing.email())).containsExactly(existing.username());
    }

    @Test
    void weakPasswordAndBadFieldsAreListedPerField() {
        signUp("x", "not-an-email", "weakpass")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[?(@.field == 'username')]").exists()
                .jsonPath("$.errors[?(@.field == 'email')].message").isEqualTo("must be an email address")
                .jsonPath("$.errors[?(@.field == 'password')].message")
                .isEqualTo("must contain an upper-case letter, a digit, a symbol");
    }

    @Test
    void logsInWithUsernameOrEmail() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        JsonNode byEmail = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", account.email(), "password", Accounts.PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(byEmail.get("access_token").asString()).isNotBlank();
        assertThat(byEmail.get("id_token").asString()).isNotBlank();
        assertThat(byEmail.get("refresh_token").asString()).isNotBlank();
        assertThat(byEmail.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(byEmail.get("expires_in").asLong()).isBetween(60L, 86_400L);
        assertThat(me(byEmail).get("username").asString()).isEqualTo(account.username());
    }

    @Test
    void logsInWithTheEmailInAnyCase() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        JsonNode tokens = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "  " + account.email().toUpperCase(java.util.Locale.ROOT),
                        "password", Accounts.PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(me(tokens).get("user_id").asString()).isEqualTo(account.userId());
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        String wrongPassword = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", account.username(), "password", "Wr0ng!Password"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        String unknownUser = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody" + UUID.randomUUID(), "password", "Wr0ng!Password"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        String unknownEmail = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody@nowhere.example", "password", "Wr0ng!Password"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(unknownEmail).contains("Incorrect username or password");
    }

    @Test
    void refreshGivesNewTokensAndLogoutRevokesTheRefreshToken() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        JsonNode refreshed = client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", account.refreshToken()))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        client.get().uri("/auth/me").header("Authorization", "Bearer " + refreshed.get("access_token").asString())
                .exchange().expectStatus().isOk();

        client.post().uri("/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", account.refreshToken()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.revoked").isEqualTo(true);
        client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", account.refreshToken()))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void forgedOrMissingRefreshTokensAreRefusedNotErrors() {
        client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", "not-a-refresh-token"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", "not-a-refresh-token"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("refresh_token");
        client.post().uri("/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", "x".repeat(9000)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must be at most 8192 characters");
    }

    @Test
    void meReturnsTheTokensUser() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        client.get().uri("/auth/me").header("Authorization", account.bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.user_id").isEqualTo(account.userId())
                .jsonPath("$.username").isEqualTo(account.username())
                .jsonPath("$.email").isEqualTo(account.email())
                .jsonPath("$.given_name").isEqualTo("Jane")
                .jsonPath("$.family_name").isEqualTo("Doe")
                .jsonPath("$.email_verified").isEqualTo(false);
    }

    @Test
    void malformedBodiesAreProblems() {
        client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is not valid JSON of the expected shape");
        client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", 42, "password", List.of("x")))
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'username')].message").isEqualTo("must be a string")
                .jsonPath("$.errors[?(@.field == 'password')].message").isEqualTo("must be a string");
    }

    private JsonNode me(JsonNode tokens) {
        return client.get().uri("/auth/me").header("Authorization", "Bearer " + tokens.get("access_token").asString())
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec signUp(String username, String email, String password) {
        return client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", email, "password", password))
                .exchange();
    }
}
