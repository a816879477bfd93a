package com.careervault.projector;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to the event log as the command API does: key = user id, value = the CloudEvents JSON. */
public final class EventLogWriter implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            new StringSerializer(), new ByteArraySerializer());

    public EventCodec codec() {
        return codec;
    }

    /** Publishes and waits for the broker's acknowledgement, which carries the record's position. */
    public RecordMetadata publish(EventEnvelope event) {
        return publishRaw(event.userid(), codec.encode(event));
    }

    public RecordMetadata publishRaw(String key, String value) {
        return publishRaw(key, value.getBytes(StandardCharsets.UTF_8));
    }

    public RecordMetadata publishRaw(String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + Topics.EVENTS, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
