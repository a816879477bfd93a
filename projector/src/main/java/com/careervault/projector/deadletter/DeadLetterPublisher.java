package com.careervault.projector.deadletter;

import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import com.careervault.projector.readmodel.ProjectionMetrics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets aside records the projector can never apply, on
 * {@code careervault.events.v1.projector-dlt} (or, for the analytics topic, its own dead-letter topic):
 * the original key, value and
 * headers, plus why and where from (text headers, readable by any client).
 */
@Component
public class DeadLetterPublisher {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final ProjectionMetrics metrics;

    public DeadLetterPublisher(KafkaTemplate<byte[], byte[]> kafka, ProjectionMetrics metrics) {
        this.kafka = kafka;
        this.metrics = metrics;
    }

    /** Completes once the broker has the dead letter; only then may the original's offset be committed. */
    public CompletableFuture<Void> publish(ConsumerRecord<byte[], byte[]> record, Throwable reason) {
        return publishTo(Topics.EVENTS_PROJECTOR_DLT, record, reason).thenRun(metrics::deadLettered);
    }

    /**
     * The same for a record of another topic the projector reads, to that topic's dead-letter topic
     * (e.g. {@link Topics#ANALYTICS_USER_STATS_PROJECTOR_DLT}). Counted by the caller, not in the event
     * log's {@code careervault.projector.events} metric.
     */
    public CompletableFuture<Void> publishTo(String deadLetterTopic, ConsumerRecord<byte[], byte[]> record,
            Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(DeadLetterHeaders.REASON, utf8(String.valueOf(reason.getMessage())));
        headers.add(DeadLetterHeaders.EXCEPTION, utf8(reason.getClass().getName()));
        headers.add(DeadLetterHeaders.ORIGIN_TOPIC, utf8(record.topic()));
        headers.add(DeadLetterHeaders.ORIGIN_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(DeadLetterHeaders.ORIGIN_OFFSET, utf8(Long.toString(record.offset())));
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(deadLetterTopic, null,
                record.key(), record.value(), headers);
        log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                reason.getMessage());
        return kafka.send(deadLetter).thenRun(() -> { });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
