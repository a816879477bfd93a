package com.careervault.devstack;

import com.careervault.contracts.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what was published on the event topic, as raw CloudEvents JSON, committed records only: for tests. */
public final class EventTopic {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventTopic() {
    }

    /**
     * Every committed event of {@code userId} now on the topic, oldest first.
     * Reads to the current end, so it also proves that nothing more was published.
     */
    public static List<Received> eventsOf(String userId) {
        List<Received> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the event topic to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (userId.equals(record.key())) {
                        events.add(new Received(record.key(), record.partition(), record.offset(),
                                JSON.readTree(record.value())));
                    }
                }
            }
        }
        return events;
    }

    /** One record: its key, position and the event JSON. */
    public record Received(String key, int partition, long offset, JsonNode event) {

        public String type() {
            return event.get("type").asString();
        }

        public JsonNode data() {
            return event.get("data");
        }
    }
}
