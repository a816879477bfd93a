package com.careervault.notifier.streams;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads raw records of the event log. The source hands over bytes, so a poison record can
 * never fail in a deserializer and stop the application: it is decoded here, and when the
 * codec rejects it the untouched bytes go to the notifier's dead-letter topic with the reason
 * in headers, and processing moves on. Good events go to every named consumer child.
 */
final class EventIntake implements Processor<byte[], byte[], Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final EventCodec codec;
    private final String deadLetterChild;
    private final List<String> eventChildren;
    private ProcessorContext<Object, Object> context;

    EventIntake(EventCodec codec, String deadLetterChild, List<String> eventChildren) {
        this.codec = codec;
        this.deadLetterChild = deadLetterChild;
        this.eventChildren = List.copyOf(eventChildren);
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        EventEnvelope event;
        try {
            event = codec.decode(record.value());
        } catch (EventFormatException e) {
            deadLetter(record, e);
            return;
        }
        String key = record.key() == null ? event.userid() : new String(record.key(), StandardCharsets.UTF_8);
        Record<String, EventEnvelope> decoded = new Record<>(key, event, record.timestamp());
        for (String child : eventChildren) {
            context.forward(decoded, child);
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, EventFormatException e) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetterHeaders.REASON, bytes(e.getMessage()));
        headers.add(DeadLetterHeaders.EXCEPTION, bytes(e.getClass().getName()));
        context.recordMetadata().ifPresent(origin -> addOrigin(headers, origin));
        log.warn("dead-lettering an unreadable event record: {}", e.getMessage());
        context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), deadLetterChild);
    }

    private static void addOrigin(Headers headers, RecordMetadata origin) {
        headers.add(DeadLetterHeaders.ORIGIN_TOPIC, bytes(origin.topic()));
        headers.add(DeadLetterHeaders.ORIGIN_PARTITION, bytes(Integer.toString(origin.partition())));
        headers.add(DeadLetterHeaders.ORIGIN_OFFSET, bytes(Long.toString(origin.offset())));
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
