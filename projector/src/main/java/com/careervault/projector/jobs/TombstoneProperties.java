package com.careervault.projector.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a deleted job's tombstone is kept (its {@code expires_at}). It only
 * has to outlive any redelivery of the job's older events.
 */
@ConfigurationProperties("careervault.projector.tombstones")
public record TombstoneProperties(@DefaultValue("30d") Duration lifetime) {
}
