package com.careervault.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.time.Timestamps;
import com.careervault.devstack.DevStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /health} in the seed's shape, with everything up and with DynamoDB frozen. */
@ApiIntegrationTest
class HealthEndpointTest {

    @Autowired
    WebTestClient client;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void everythingUpIsHealthyInTheSeedsShape() {
        JsonNode health = client.get().uri("/health").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(health.propertyNames()).containsExactly("status", "timestamp", "version", "services");
        assertThat(health.get("status").asString()).isEqualTo("healthy");
        assertThat(health.get("version").asString()).isEqualTo(mavenProjectVersion());
        String timestamp = health.get("timestamp").asString();
        assertThat(timestamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(Duration.between(Timestamps.parse(timestamp), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        JsonNode services = health.get("services");
        assertThat(services.propertyNames()).containsExactly("kafka", "dynamodb", "cognito", "smtp", "gemini_ai");
        assertThat(services.toString()).isEqualTo("{\"kafka\":{\"status\":\"healthy\"},"
                + "\"dynamodb\":{\"status\":\"healthy\"},\"cognito\":{\"status\":\"healthy\"},"
                + "\"smtp\":{\"status\":\"healthy\"},\"gemini_ai\":{\"status\":\"not_configured\"}}");
    }

    @Test
    @DisabledIfSystemProperty(named = DevStack.BACKENDS_PROPERTY, matches = "testcontainers",
            disabledReason = "freezes the embedded dynalite, which Docker backends replace")
    void anUnresponsiveDynamoDbMakesItUnhealthyWith503() {
        DevStack.shared().dynalite().suspend();
        try {
            client.get().uri("/health").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("unhealthy")
                    .jsonPath("$.services.dynamodb.status").isEqualTo("unhealthy")
                    .jsonPath("$.services.kafka.status").isEqualTo("healthy")
                    .jsonPath("$.services.cognito.status").isEqualTo("healthy")
                    .jsonPath("$.services.smtp.status").isEqualTo("healthy")
                    .jsonPath("$.services.gemini_ai.status").isEqualTo("not_configured")
                    .jsonPath("$.version").isEqualTo(mavenProjectVersion());
        } finally {
            DevStack.shared().dynalite().resume();
        }
        client.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.services.dynamodb.status").isEqualTo("healthy");
    }

    @Test
    void theApisJsonMapperWritesInstantsInTheOneTimestampFormat() {
        // any Instant in an answer, not only /health's timestamp, which is formatted by hand
        assertThat(json.writeValueAsString(Instant.parse("2026-11-30T16:05:43Z")))
                .isEqualTo("\"2026-11-30T16:05:43.000000Z\"");
        assertThat(json.readValue("\"2026-11-30T18:05:43.5+02:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-30T16:05:43.500Z"));
    }

    /** The version in this module's pom (its parent's): what build-info must have recorded. */
    static String mavenProjectVersion() {
        String pom;
        try {
            pom = Files.readString(Path.of("pom.xml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).as("parent version in command-api/pom.xml").isTrue();
        return parent.group(1);
    }
}
