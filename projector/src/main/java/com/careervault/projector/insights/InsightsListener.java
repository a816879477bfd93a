package com.careervault.projector.insights;

import com.careervault.contracts.kafka.Topics;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.eventlog.ProjectorProperties;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the analytics topic ({@code careervault.analytics.user-stats.v2}: version 1's figures and the funnel) a
 * poll at a time, in its own
 * consumer group: the projector's group id plus {@value #GROUP_SUFFIX}, so a rebuild under a new group also
 * rebuilds the insights, and the event log's group (whose offsets the API's read-your-writes waits on) is never
 * mixed with it. Same container settings as the event log's listener: raw bytes, read_committed (the notifier
 * publishes in Kafka Streams transactions), offsets committed after the poll is stored, failed polls
 * redelivered without limit.
 */
@Component
class InsightsListener {

    private static final Logger log = LoggerFactory.getLogger(InsightsListener.class);

    /** The listener container's id, to look it up in the registry. */
    static final String ID = "careervault-projector-insights";
    static final String GROUP_SUFFIX = "-insights";

    private final InsightsPollProjection projection;
    private final ProjectorProperties projector;
    private final DynamoDbProperties tables;

    InsightsListener(InsightsPollProjection projection, ProjectorProperties projector, DynamoDbProperties tables) {
        this.projection = projection;
        this.projector = projector;
        this.tables = tables;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("storing {} (group {}) into {}", Topics.ANALYTICS_USER_STATS_V2, projector.groupId() + GROUP_SUFFIX,
                tables.insightsTable());
    }

    @KafkaListener(id = ID, topics = Topics.ANALYTICS_USER_STATS_V2,
            groupId = "${careervault.projector.group-id:careervault-projector}" + GROUP_SUFFIX, batch = "true")
    void onPoll(List<ConsumerRecord<byte[], byte[]>> records) {
        projection.apply(records);
    }
}
