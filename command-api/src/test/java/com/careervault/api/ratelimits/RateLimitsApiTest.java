package com.careervault.api.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.CommandApiApplication;
import com.careervault.api.support.Accounts;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.DevStackInitializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The rate limits through the HTTP API, on the shared devstack, in an API instance of its own: a clock that
 * stands still until the test moves it (a {@code @Primary} {@link Clock}, which the rate limits' Bucket4j time
 * comes from), a tiny per-address limit on {@code POST /auth/refresh}, and a rate-limit table of its own so
 * that its buckets never meet those of the other tests' instance. The sign-in test needs {@code POST /auth/login}
 * to call {@link RateLimits#ensureSignInAllowed} and {@link RateLimits#signInFailed} (AuthController, issue 14's
 * identity work).
 */
@ExtendWith(DevStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + CommandApiApplication.CONFIG_NAME,
        "careervault.dynamodb.rate-limits-table=CareerVault-RateLimits-RateLimitsApiTest",
        "careervault.rate-limits.per-address.refresh.limit=2",
        "careervault.rate-limits.per-address.refresh.window=1m"})
@AutoConfigureWebTestClient(timeout = "20s")
@ActiveProfiles("devstack")
@ContextConfiguration(initializers = DevStackInitializer.class)
class RateLimitsApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class StandingClock {

        @Bean
        @Primary
        MovableClock standingClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    WebTestClient client;

    @Autowired
    MovableClock clock;

    @Test
    void theSixthSignInAfterFiveWrongPasswordsIsRefusedEvenWithTheRightOneUntilTheWindowHasPassed() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        for (int i = 1; i <= 5; i++) {
            logIn(account.username(), "Wr0ng!Password" + i).expectStatus().isUnauthorized();
        }

        logIn(account.username(), "Wr0ng!Password6")
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "900")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/rate-limited")
                .jsonPath("$.title").isEqualTo("Too Many Requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").isEqualTo("Too many failed sign-ins for this account (at most 5 within 15 min); "
                        + "nothing was done. Retry after 900 s.")
                .jsonPath("$.retry_after_seconds").isEqualTo(900);
        logIn(account.username(), Accounts.PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "900");

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        logIn(account.username(), Accounts.PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");
        clock.advance(Duration.ofSeconds(1));
        logIn(account.username(), Accounts.PASSWORD)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.access_token").isNotEmpty();
    }

    @Test
    void aClientAddressPastItsLimitGets429WithRetryAfterUntilTheRateAllowsMore() {
        refresh().expectStatus().isUnauthorized();
        refresh().expectStatus().isUnauthorized();

        refresh().expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // a browser on an allowed origin can read the refusal
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").isEqualTo("Too many token refreshes from this address (at most 2 per 1 min); "
                        + "nothing was done. Retry after 30 s.")
                .jsonPath("$.retry_after_seconds").isEqualTo(30)
                .jsonPath("$.instance").isEqualTo("/auth/refresh");

        // other route groups have limits of their own
        logIn("nobody" + System.nanoTime(), "Wr0ng!Password").expectStatus().isUnauthorized();

        // two per minute: one more every 30 s
        clock.advance(Duration.ofSeconds(29));
        refresh().expectStatus().isEqualTo(429).expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");
        clock.advance(Duration.ofSeconds(1));
        refresh().expectStatus().isUnauthorized();
        refresh().expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec logIn(String username, String password) {
        return client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }

    private WebTestClient.ResponseSpec refresh() {
        return client.post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .bodyValue(Map.of("refresh_token", "not-a-refresh-token"))
                .exchange();
    }
}
