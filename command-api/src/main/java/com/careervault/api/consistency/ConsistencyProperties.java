package com.careervault.api.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Read-your-writes settings. {@code projectorGroupId} is the projector's
 * consumer group (env {@code PROJECTOR_GROUP_ID}, the same variable the
 * projector reads); {@code maxWait} bounds how long a request waits for the
 * projector before it is answered 503 (env {@code READ_MODEL_MAX_WAIT});
 * {@code pollInterval} is how often its progress is read meanwhile.
 */
@ConfigurationProperties("careervault.consistency")
public record ConsistencyProperties(String projectorGroupId, Duration maxWait, Duration pollInterval,
        Duration retryAfter) {

    public ConsistencyProperties {
        projectorGroupId = projectorGroupId == null || projectorGroupId.isBlank() ? "careervault-projector"
                : projectorGroupId;
        maxWait = maxWait == null ? Duration.ofSeconds(5) : maxWait;
        pollInterval = pollInterval == null ? Duration.ofMillis(20) : pollInterval;
        retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
    }
}
