package com.careervault.enricher;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventType;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event log as the tests see it: publishes as the command API does (key = user id, value = the
 * CloudEvents JSON, personal fields encrypted by the given codec) and reads back what was committed
 * (read_committed), whole topics from the start: the test data is small.
 */
public final class EventLog implements AutoCloseable {

    private final EventCodec codec;
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            new StringSerializer(), new ByteArraySerializer());

    public EventLog(EventCodec codec) {
        this.codec = codec;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** An event as the command API would append it now. */
    public static EventEnvelope event(String userId, CareerVaultEvent data) {
        return EventEnvelope.of(newId(), "/careervault/api-test", Instant.now(), userId, data);
    }

    public RecordMetadata publish(String userId, CareerVaultEvent data) {
        EventEnvelope event = event(userId, data);
        return publishRaw(userId, codec.encode(event));
    }

    public RecordMetadata publishRaw(String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + Topics.EVENTS, e);
        }
    }

    /** Every committed record of a topic, now. */
    public static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The offset a consumer group has committed on a partition of the event log; -1 when none. */
    public static long committed(String group, int partition) {
        try (Admin admin = DevStack.shared().kafkaAdmin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            OffsetAndMetadata offset = offsets.get(new TopicPartition(Topics.EVENTS, partition));
            return offset == null ? -1 : offset.offset();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }

    /** The committed JobEnriched events of a user, in log order, decoded with the codec. */
    public List<Appended> enrichedOf(String userId) {
        List<Appended> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records(Topics.EVENTS)) {
            if (record.key() == null || !userId.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                continue;
            }
            String type;
            try {
                type = EventCodec.text(codec.readCloudEvent(record.value()), "type");
            } catch (RuntimeException notAnEvent) {
                continue;
            }
            if (type.equals(EventType.JOB_ENRICHED.type())) {
                events.add(new Appended(record, codec.decode(record.value())));
            }
        }
        return events;
    }

    /** An appended event and where it is. */
    public record Appended(ConsumerRecord<byte[], byte[]> record, EventEnvelope event) {

        public com.careervault.contracts.events.JobEnriched data() {
            return (com.careervault.contracts.events.JobEnriched) event.data();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
