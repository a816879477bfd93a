package com.careervault.api.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the API writes to the event log. {@code sendTimeout} bounds how long a
 * client waits when Kafka is unreachable before it gets 503 with
 * {@code Retry-After: retryAfter}.
 */
@ConfigurationProperties("careervault.events")
public record EventLogProperties(String source, Duration sendTimeout, Duration retryAfter) {

    public EventLogProperties {
        source = source == null || source.isBlank() ? "/careervault/command-api" : source;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(5) : sendTimeout;
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
    }
}
