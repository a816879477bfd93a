package com.careervault.api.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@code GET /health} checks besides Kafka, DynamoDB and Cognito.
 *
 * @param timeout how long each live check may take before it counts as unhealthy (default 2 s)
 * @param smtpHost the SMTP server the notifier sends through ({@code SMTP_HOST}); blank = not configured here
 * @param smtpPort its port ({@code SMTP_PORT}, default 587)
 */
@ConfigurationProperties("careervault.health")
public record HealthProperties(Duration timeout, String smtpHost, Integer smtpPort) {

    public HealthProperties {
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        smtpPort = smtpPort == null ? 587 : smtpPort;
    }

    boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
