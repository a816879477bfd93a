package com.careervault.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Signing out ends the session's access tokens at every entry point they reach
 * (jobs, preferences, /auth/me, refresh), on this one instance at once; "log out
 * everywhere" ends every session; a login right afterwards works.
 */
@ApiIntegrationTest
class SignOutTest {

    /** Authenticated entry points the revocation must reach. */
    private static final List<String> PROTECTED = List.of("/api/jobs", "/api/me/preferences", "/auth/me");

    @Autowired
    WebTestClient client;

    @Test
    void logoutEndsTheAccessTokensOfItsSession() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        String refreshedAccess = refresh(account.refreshToken()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("access_token").asString();
        for (String path : PROTECTED) {
            assertAccepted(path, account.accessToken());
            assertAccepted(path, refreshedAccess);
        }

        logout(account.refreshToken()).expectStatus().isOk().expectBody().jsonPath("$.revoked").isEqualTo(true);

        for (String path : PROTECTED) {
            assertRefused(path, account.accessToken());
            assertRefused(path, refreshedAccess);
        }
        refresh(account.refreshToken()).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The refresh token is invalid or expired");
    }

    @Test
    void aLoginInTheSameSecondAsTheLogoutWorks() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        logout(account.refreshToken()).expectStatus().isOk();
        JsonNode again = Accounts.logIn(client, account.username());

        assertRefused("/api/jobs", account.accessToken());
        assertAccepted("/api/jobs", again.get("access_token").asString());
        refresh(again.get("refresh_token").asString()).expectStatus().isOk();
    }

    @Test
    void loggingOutOneSessionLeavesTheUsersOtherSessionsOpen() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        JsonNode other = Accounts.logIn(client, account.username());

        logout(account.refreshToken()).expectStatus().isOk();

        assertRefused("/api/jobs", account.accessToken());
        assertAccepted("/api/jobs", other.get("access_token").asString());
        refresh(other.get("refresh_token").asString()).expectStatus().isOk();
    }

    @Test
    void logOutEverywhereEndsEverySessionAndALaterLoginWorks() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        JsonNode second = Accounts.logIn(client, account.username());
        String secondAccess = second.get("access_token").asString();
        assertAccepted("/api/jobs", secondAccess);

        client.post().uri("/auth/logout-all").header("Authorization", account.bearer())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.revoked").isEqualTo(true);

        for (String path : PROTECTED) {
            assertRefused(path, account.accessToken());
            assertRefused(path, secondAccess);
        }
        refresh(account.refreshToken()).expectStatus().isUnauthorized();
        refresh(second.get("refresh_token").asString()).expectStatus().isUnauthorized();

        JsonNode third = Accounts.logIn(client, account.username());
        for (String path : PROTECTED) {
            assertAccepted(path, third.get("access_token").asString());
        }
        String thirdRefreshed = refresh(third.get("refresh_token").asString()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("access_token").asString();
        assertAccepted("/api/jobs", thirdRefreshed);
    }

    @Test
    void logOutEverywhereEndsOnlyTheCallersSessions() {
        Accounts.Account caller = Accounts.signUpAndLogIn(client);
        Accounts.Account someoneElse = Accounts.signUpAndLogIn(client);

        client.post().uri("/auth/logout-all").header("Authorization", caller.bearer()).exchange()
                .expectStatus().isOk();

        assertRefused("/api/jobs", caller.accessToken());
        assertAccepted("/api/jobs", someoneElse.accessToken());
    }

    @Test
    void logOutEverywhereNeedsAnOpenSession() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        client.post().uri("/auth/logout-all").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        logout(account.refreshToken()).expectStatus().isOk();
        client.post().uri("/auth/logout-all").header("Authorization", account.bearer()).exchange()
                .expectStatus().isUnauthorized();
    }

    private void assertAccepted(String path, String accessToken) {
        client.get().uri(path).header("Authorization", "Bearer " + accessToken).exchange()
                .expectStatus().isOk();
    }

    private void assertRefused(String path, String accessToken) {
        client.get().uri(path).header("Authorization", "Bearer " + accessToken).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("The access token is invalid or expired");
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken)).exchange();
    }

    private WebTestClient.ResponseSpec logout(String refreshToken) {
        return client.post().uri("/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken)).exchange();
    }
}
