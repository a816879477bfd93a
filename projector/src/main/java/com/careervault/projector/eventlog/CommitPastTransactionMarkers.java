package com.careervault.projector.eventlog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.stereotype.Component;

/**
 * Commits the event log's consumer position once the projector is idle, when it is past the committed
 * offset. The API's read-your-writes waits until this group's committed offset reaches the partition's end
 * (command-api's {@code ProjectorProgress}); when the last entry of a partition is a transaction's commit
 * marker (every CSV import and multi-event command ends with one), the container commits only up to the last
 * record, one short of the end, and Spring Kafka's {@code fixTxOffsets} fixes that only when the marker came in
 * the same fetch as the records. Observed: a partition stuck at end − 1 for minutes after an import, every
 * read of that user answering 503 until another event arrived.
 * <p>
 * Why this is safe: the idle event is published on the consumer's own thread between polls, after the
 * container has committed every applied poll; the position is then past applied records and skipped markers
 * only (a failed poll is retried inside the error handler, never while idle), so committing it loses nothing.
 */
@Component
class CommitPastTransactionMarkers {

    private static final Logger log = LoggerFactory.getLogger(CommitPastTransactionMarkers.class);

    @EventListener
    void onIdle(ListenerContainerIdleEvent idle) {
        if (!idle.getListenerId().startsWith(EventLogListener.ID)) {
            return;
        }
        Consumer<?, ?> consumer = idle.getConsumer();
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        Map<TopicPartition, OffsetAndMetadata> ahead = new HashMap<>();
        for (TopicPartition partition : assigned) {
            long position = consumer.position(partition);
            OffsetAndMetadata at = committed.get(partition);
            if (at != null && position > at.offset()) {
                ahead.put(partition, new OffsetAndMetadata(position));
            }
        }
        if (!ahead.isEmpty()) {
            consumer.commitSync(ahead);
            log.debug("committed past transaction markers: {}", ahead);
        }
    }
}
