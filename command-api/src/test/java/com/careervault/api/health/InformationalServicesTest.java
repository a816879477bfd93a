package com.careervault.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.ApiIntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * SMTP and Gemini are reported but never decide the status: with the SMTP
 * server unreachable the API is still healthy (200). A context of its own,
 * with the seed's GEMINI_API_KEY set and SMTP pointed at a closed port.
 */
@ApiIntegrationTest
class InformationalServicesTest {

    @DynamicPropertySource
    static void unreachableSmtpAndAGeminiKey(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("careervault.health.smtp-host", () -> "127.0.0.1");
        registry.add("careervault.health.smtp-port", () -> closedPort);
        registry.add("GEMINI_API_KEY", () -> "test-gemini-key");
    }

    @Autowired
    WebTestClient client;

    @Test
    void smtpDownAndGeminiConfiguredLeaveTheApiHealthy() {
        client.get().uri("/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("healthy")
                .jsonPath("$.services.kafka.status").isEqualTo("healthy")
                .jsonPath("$.services.dynamodb.status").isEqualTo("healthy")
                .jsonPath("$.services.cognito.status").isEqualTo("healthy")
                .jsonPath("$.services.smtp.status").isEqualTo("unhealthy")
                .jsonPath("$.services.gemini_ai.status").isEqualTo("configured");
        client.get().uri("/health").exchange().expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("test-gemini-key"));
    }
}
