package com.careervault.api.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@code GET /health} checks besides Kafka, DynamoDB and Cognito.
 *
 * @param timeout how long each live check may take before it counts as unhealthy (default 2 s)
 * @param smtpHost the SMTP server the notifier sends through ({@code SMTP_HOST}); blank = not configured here
 * @param smtpPort its port ({@code SMTP_PORT}, default 587)
 * @param geminiApiKey the seed's {@code GEMINI_API_KEY}; only whether it is set is reported, never its value
 */
@ConfigurationProperties("careervault.health")
public record HealthProperties(Duration timeout, String smtpHost, Integer smtpPort, String geminiApiKey) {

    public HealthProperties {
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        smtpPort = smtpPort == null ? 587 : smtpPort;
    }

    boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    boolean geminiConfigured() {
        return geminiApiKey != null && !geminiApiKey.isBlank();
    }

    /** Without the key: a record's default toString would print it in logs and failure analyses. */
    @Override
    public String toString() {
        return "HealthProperties[timeout=" + timeout + ", smtpHost=" + smtpHost + ", smtpPort=" + smtpPort
                + ", geminiApiKey=" + (geminiConfigured() ? "(set)" : "(not set)") + "]";
    }
}
