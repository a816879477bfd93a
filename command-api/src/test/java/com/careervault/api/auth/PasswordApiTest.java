package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.EmailLinkTokens;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Forgot password (same answer for every address, an event only for an account's), reset with the emailed
 * link (once, only while the address is the account's, every session ends) and change with the current
 * password (the caller's session stays, the others end).
 */
@ApiIntegrationTest
class PasswordApiTest {

    private static final String NEW_PASSWORD = "N3w!Passw0rd-" + "x";
    private static final String RESET_REQUESTED = "careervault.user.password-reset-requested.v1";
    private static final String CHANGED = "careervault.user.password-changed.v1";

    @Autowired
    WebTestClient client;

    @Test
    void forgotPasswordAnswersTheSameForEveryAddressAndRequestsAResetOnlyForAnAccount() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        int before = EventTopic.eventsOf(account.userId()).size();

        EntityExchangeResult<byte[]> known = forgot(account.email().toUpperCase());
        EntityExchangeResult<byte[]> unknown = forgot("nobody-" + UUID.randomUUID() + "@example.com");

        for (EntityExchangeResult<byte[]> answer : List.of(known, unknown)) {
            assertThat(answer.getStatus().value()).isEqualTo(202);
            assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(new String(answer.getResponseBody())).isEqualTo("{\"accepted\":true}");
        }
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId());
        assertThat(events).hasSize(before + 1);
        JsonNode data = events.get(events.size() - 1).data();
        assertThat(events.get(events.size() - 1).type()).isEqualTo(RESET_REQUESTED);
        assertThat(data.get("user_id").asString()).isEqualTo(account.userId());
        assertThat(data.get("email").asString()).isEqualTo(account.email());
        assertThat(UUID.fromString(data.get("reset_id").asString())).isNotNull();
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndEndsEverySession() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        JsonNode otherSession = Accounts.logIn(client, account.username());
        String token = resetLink(account);

        // a weak password is refused and leaves the link usable
        reset(token, "weakpass").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("password");
        logIn(account.username(), Accounts.PASSWORD).expectStatus().isOk();

        reset(token, NEW_PASSWORD).expectStatus().isOk()
                .expectBody().json("{\"password_changed\": true}", true);

        assertThat(lastEventOf(account.userId())).satisfies(e -> {
            assertThat(e.type()).isEqualTo(CHANGED);
            assertThat(e.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"reason\":\"reset\"}");
        });
        logIn(account.username(), Accounts.PASSWORD).expectStatus().isUnauthorized();
        logIn(account.username(), NEW_PASSWORD).expectStatus().isOk();
        for (String refreshToken : List.of(account.refreshToken(), otherSession.get("refresh_token").asString())) {
            refresh(refreshToken).expectStatus().isUnauthorized();
        }
        for (String accessToken : List.of(account.accessToken(), otherSession.get("access_token").asString())) {
            client.get().uri("/auth/me").header("Authorization", "Bearer " + accessToken).exchange()
                    .expectStatus().isUnauthorized();
        }

        // single use
        reset(token, "An0ther!Passw0rd").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("token");
        logIn(account.username(), NEW_PASSWORD).expectStatus().isOk();
    }

    @Test
    void ofConcurrentUsesOfOneLinkExactlyOneSetsThePassword() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        String token = resetLink(account);
        List<String> passwords = List.of("Fir5t!Passw0rd", "Sec0nd!Passw0rd", "Th1rd!Passw0rd", "F0urth!Passw0rd");

        List<CompletableFuture<Integer>> uses = passwords.stream()
                .map(password -> CompletableFuture.supplyAsync(() -> client.post().uri("/auth/reset-password")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("token", token, "password", password))
                        .exchange().expectBody().returnResult().getStatus().value()))
                .toList();
        List<Integer> statuses = uses.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 400, 400, 400);
        String winner = passwords.get(statuses.indexOf(200));
        logIn(account.username(), winner).expectStatus().isOk();
        assertThat(EventTopic.eventsOf(account.userId()).stream().filter(e -> e.type().equals(CHANGED))).hasSize(1);
    }

    @Test
    void expiredForgedMisdirectedAndOtherPurposeLinksAreRefused() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        String resetId = UUID.randomUUID().toString();
        List<String> refused = List.of(
                EmailLinkTokens.sign(Purpose.RESET_PASSWORD, account.userId(), account.email(), resetId,
                        Duration.ofSeconds(-1)),
                EmailLinkTokens.forged(Purpose.RESET_PASSWORD, account.userId(), account.email()),
                EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email(), resetId,
                        Duration.ofHours(1)),
                EmailLinkTokens.sign(Purpose.VERIFY_EMAIL, account.userId(), account.email(), resetId,
                        Duration.ofHours(1)),
                // an address that is not the account's (another account's, or nobody's)
                EmailLinkTokens.sign(Purpose.RESET_PASSWORD, account.userId(), other.email(), resetId,
                        Duration.ofHours(1)),
                EmailLinkTokens.sign(Purpose.RESET_PASSWORD, account.userId(), "gone@example.com", resetId,
                        Duration.ofHours(1)),
                "not-a-token");
        for (String token : refused) {
            reset(token, NEW_PASSWORD).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("token");
        }
        logIn(account.username(), Accounts.PASSWORD).expectStatus().isOk();
        logIn(other.username(), Accounts.PASSWORD).expectStatus().isOk();
    }

    @Test
    void changingThePasswordKeepsTheCallersSessionAndEndsTheOthers() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        JsonNode otherSession = Accounts.logIn(client, account.username());
        int before = EventTopic.eventsOf(account.userId()).size();

        change(account, "Wr0ng!Password", NEW_PASSWORD).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("current_password");
        change(account, Accounts.PASSWORD, "weakpass").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("new_password");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(before);
        client.get().uri("/auth/me").header("Authorization", "Bearer " + otherSession.get("access_token").asString())
                .exchange().expectStatus().isOk();

        change(account, Accounts.PASSWORD, NEW_PASSWORD).expectStatus().isOk()
                .expectBody().json("{\"password_changed\": true}", true);

        assertThat(EventTopic.eventsOf(account.userId())).hasSize(before + 1).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CHANGED);
            assertThat(e.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"reason\":\"changed\"}");
        });
        // the caller's session goes on
        client.get().uri("/auth/me").header("Authorization", account.bearer()).exchange().expectStatus().isOk();
        client.get().uri("/api/jobs").header("Authorization", account.bearer()).exchange().expectStatus().isOk();
        refresh(account.refreshToken()).expectStatus().isOk();
        // the other one is over
        client.get().uri("/auth/me").header("Authorization", "Bearer " + otherSession.get("access_token").asString())
                .exchange().expectStatus().isUnauthorized();
        refresh(otherSession.get("refresh_token").asString()).expectStatus().isUnauthorized();
        logIn(account.username(), Accounts.PASSWORD).expectStatus().isUnauthorized();
        logIn(account.username(), NEW_PASSWORD).expectStatus().isOk();
    }

    @Test
    void changingThePasswordNeedsASignedInCaller() {
        client.put().uri("/auth/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("current_password", Accounts.PASSWORD, "new_password", NEW_PASSWORD))
                .exchange().expectStatus().isUnauthorized();
    }

    /** Asks for a reset and signs the link the notifier would mail for it. */
    private String resetLink(Accounts.Account account) {
        forgot(account.email());
        JsonNode requested = lastEventOf(account.userId()).data();
        assertThat(requested.get("email").asString()).isEqualTo(account.email());
        return EmailLinkTokens.sign(Purpose.RESET_PASSWORD, account.userId(), account.email(),
                requested.get("reset_id").asString(), Duration.ofHours(1));
    }

    private EntityExchangeResult<byte[]> forgot(String email) {
        return client.post().uri("/auth/forgot-password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email)).exchange().expectBody().returnResult();
    }

    private WebTestClient.ResponseSpec reset(String token, String password) {
        return client.post().uri("/auth/reset-password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec change(Accounts.Account account, String current, String replacement) {
        return client.put().uri("/auth/me/password").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("current_password", current, "new_password", replacement)).exchange();
    }

    private WebTestClient.ResponseSpec logIn(String username, String password) {
        return client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken)).exchange();
    }

    private static EventTopic.Received lastEventOf(String userId) {
        List<EventTopic.Received> events = EventTopic.eventsOf(userId);
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }
}
