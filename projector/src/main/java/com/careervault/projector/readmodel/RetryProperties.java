package com.careervault.projector.readmodel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Back-off for transient DynamoDB failures. One event is retried in place for
 * up to {@code giveUpAfter}; then the whole poll fails and the listener's error
 * handler redelivers it, again with back-off and without limit, so a record is
 * never skipped. The split keeps the consumer polling (and in its group)
 * during long outages.
 */
@ConfigurationProperties("careervault.projector.retry")
public record RetryProperties(
        @DefaultValue("100ms") Duration initialInterval,
        @DefaultValue("5s") Duration maxInterval,
        @DefaultValue("20s") Duration giveUpAfter) {
}
