package com.careervault.projector.eventlog;

import com.careervault.contracts.kafka.Topics;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the event log a poll at a time. Values arrive as raw bytes: the
 * codec decodes them, so an unreadable record is dead-lettered here, byte for
 * byte, instead of failing inside the container.
 */
@Component
class EventLogListener {

    private static final Logger log = LoggerFactory.getLogger(EventLogListener.class);

    /** The listener container's id, to look it up in the registry. */
    static final String ID = "careervault-projector";

    private final PollProjection projection;
    private final ProjectorProperties projector;
    private final DynamoDbProperties tables;

    EventLogListener(PollProjection projection, ProjectorProperties projector, DynamoDbProperties tables) {
        this.projection = projection;
        this.projector = projector;
        this.tables = tables;
    }

    /** Which group and tables, since a rebuild runs a second projector with other ones. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("projecting {} (group {}) into {} and {}", Topics.EVENTS, projector.groupId(), tables.jobsTable(),
                tables.usersTable());
    }

    @KafkaListener(id = ID, topics = Topics.EVENTS, groupId = "${careervault.projector.group-id:careervault-projector}",
            batch = "true")
    void onPoll(List<ConsumerRecord<byte[], byte[]>> records) {
        projection.apply(records);
    }
}
