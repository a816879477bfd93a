package com.careervault.enricher.eventlog;

import com.careervault.contracts.kafka.Topics;
import com.careervault.enricher.insights.AiProperties;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the event log a poll at a time, each poll in a Kafka transaction of its own (the container's,
 * {@code spring.kafka.producer.transaction-id-prefix}). Values arrive as raw bytes: the codec decodes them, so
 * an unreadable record is dead-lettered byte for byte.
 */
@Component
class EventLogListener {

    private static final Logger log = LoggerFactory.getLogger(EventLogListener.class);

    /** The listener container's id, to look it up in the registry. */
    static final String ID = "careervault-enricher";

    private final PollEnrichment enrichment;
    private final EnricherProperties properties;
    private final AiProperties ai;

    EventLogListener(PollEnrichment enrichment, EnricherProperties properties, AiProperties ai) {
        this.enrichment = enrichment;
        this.properties = properties;
        this.ai = ai;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("enriching {} (group {}) with the {} provider", Topics.EVENTS, properties.groupId(),
                ai.selectedProvider());
    }

    @KafkaListener(id = ID, topics = Topics.EVENTS, groupId = "${careervault.enricher.group-id:careervault-enricher}",
            batch = "true")
    void onPoll(List<ConsumerRecord<byte[], byte[]>> records) {
        enrichment.apply(records);
    }
}
