package com.careervault.projector.eventlog;

import com.careervault.contracts.kafka.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the event log a poll at a time. Values arrive as raw bytes: the
 * codec decodes them, so an unreadable record is dead-lettered here, byte for
 * byte, instead of failing inside the container.
 */
@Component
class EventLogListener {

    /** The listener container's id, to look it up in the registry. */
    static final String ID = "careervault-projector";

    private final PollProjection projection;

    EventLogListener(PollProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = ID, topics = Topics.EVENTS, groupId = "${careervault.projector.group-id:careervault-projector}",
            batch = "true")
    void onPoll(List<ConsumerRecord<byte[], byte[]>> records) {
        projection.apply(records);
    }
}
