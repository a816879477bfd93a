package com.careervault.projector.eventlog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param groupId the consumer group; a new one (with new tables) rebuilds the read model from the start of the log
 * @param writeLanes how many users' events are written at the same time within one poll
 */
@ConfigurationProperties("careervault.projector")
public record ProjectorProperties(
        @DefaultValue("careervault-projector") String groupId,
        @DefaultValue("16") int writeLanes) {
}
