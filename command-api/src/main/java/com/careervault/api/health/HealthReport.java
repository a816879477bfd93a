package com.careervault.api.health;

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
public record HealthReport(String status, String timestamp, String version, Map<String, ServiceHealth> services) {

    public static final String HEALTHY = "healthy";
    public static final String UNHEALTHY = "unhealthy";
    public static final String CONFIGURED = "configured";
    public static final String NOT_CONFIGURED = "not_configured";

    /**
     * One dependency: {@code healthy} / {@code unhealthy} for a live check
     * (smtp also {@code not_configured}), {@code configured} / {@code not_configured}
     * for gemini_ai, which is a setting and not called.
     */
    public record ServiceHealth(String status) {
    }
}
