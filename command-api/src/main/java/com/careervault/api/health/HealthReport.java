package com.careervault.api.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The body of {@code GET /health}, in the seed's shape:
 * {@code {"status": "healthy", "timestamp": "2026-11-30T16:05:43.123456Z", "version": "0.1.0",
 * "services": {"dynamodb": {"status": "healthy"}, ...}}}.
 *
 * @param status {@code healthy}, or {@code unhealthy} when Kafka, DynamoDB or Cognito is (answered with 503)
 * @param timestamp when the checks ran, in the one timestamp format (RFC 3339, UTC, six fraction digits)
 * @param version the command-api's Maven project version, from the build
 * @param services one entry per dependency, in a fixed order: kafka, dynamodb, cognito, smtp, gemini_ai
 */
@Schema(name = "Health", description = "The API's health in the seed's shape.")
public record HealthReport(
        @Schema(description = "`healthy`, or `unhealthy` (with 503) when Kafka, DynamoDB or Cognito is down.",
                allowableValues = {"healthy", "unhealthy"}, example = "healthy",
                requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "When the checks ran (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-30T16:05:43.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String timestamp,
        @Schema(description = "The command API's version (the build's).", example = "0.1.0",
                requiredMode = Schema.RequiredMode.REQUIRED) String version,
        @Schema(description = "One entry per dependency: `kafka`, `dynamodb`, `cognito`, `smtp`, `gemini_ai`.",
                example = "{\"dynamodb\": {\"status\": \"healthy\"}, \"gemini_ai\": {\"status\": \"not_configured\"}}",
                requiredMode = Schema.RequiredMode.REQUIRED) Map<String, ServiceHealth> services) {

    public static final String HEALTHY = "healthy";
    public static final String UNHEALTHY = "unhealthy";
    public static final String CONFIGURED = "configured";
    public static final String NOT_CONFIGURED = "not_configured";

    /**
     * One dependency: {@code healthy} / {@code unhealthy} for a live check
     * (smtp also {@code not_configured}), {@code configured} / {@code not_configured}
     * for gemini_ai, which is a setting and not called.
     */
    @Schema(description = "One dependency's state.")
    public record ServiceHealth(
            @Schema(description = "`healthy` / `unhealthy` for a live check (smtp also `not_configured`); "
                    + "`configured` / `not_configured` for gemini_ai.",
                    allowableValues = {"healthy", "unhealthy", "configured", "not_configured"}, example = "healthy",
                    requiredMode = Schema.RequiredMode.REQUIRED) String status) {
    }
}
