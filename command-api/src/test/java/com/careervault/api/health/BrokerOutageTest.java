package com.careervault.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import com.careervault.devstack.DevStack;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With Kafka down the API says so promptly (503, Retry-After) and records nothing; it recovers by itself. */
@ApiIntegrationTest
@DisabledIfSystemProperty(named = DevStack.BACKENDS_PROPERTY, matches = "testcontainers",
        disabledReason = "stops the embedded server, which Docker backends replace")
class BrokerOutageTest {

    @Autowired
    WebTestClient client;

    @Test
    void commandsGet503WithRetryAfterWhileTheBrokerIsDownAndSucceedAfter() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        client.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("healthy")
                .jsonPath("$.services.kafka.status").isEqualTo("healthy");

        DevStack.shared().kafka().stop();
        try {
            long started = System.nanoTime();
            client.post().uri("/api/jobs").header("Authorization", account.bearer())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"company\": \"Down Inc\", \"position\": \"Dev\"}")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/event-log-unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

            client.get().uri("/health").exchange().expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("unhealthy")
                    .jsonPath("$.services.kafka.status").isEqualTo("unhealthy")
                    .jsonPath("$.services.dynamodb.status").isEqualTo("healthy")
                    .jsonPath("$.services.cognito.status").isEqualTo("healthy")
                    .jsonPath("$.services.smtp.status").isEqualTo("healthy")
                    .jsonPath("$.services.gemini_ai.status").isEqualTo("not_configured");
        } finally {
            DevStack.shared().kafka().restart();
        }

        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"company\": \"Up Again\", \"position\": \"Dev\"}")
                .exchange().expectStatus().isAccepted();
        assertThat(EventTopic.eventsOf(account.userId()))
                .extracting(e -> e.data().path("company").asString(""))
                .containsExactly("", "Up Again");
    }
}
