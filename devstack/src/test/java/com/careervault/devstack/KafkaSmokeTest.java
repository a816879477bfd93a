package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevStackExtension.class)
class KafkaSmokeTest {

    @Test
    void createsEveryTopicWithItsPartitions(DevStack stack) throws Exception {
        try (Admin admin = stack.kafkaAdmin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Topics.all().stream().map(Topics.TopicSpec::name).toList()).allTopicNames().get(10, TimeUnit.SECONDS);

            for (Topics.TopicSpec spec : Topics.all()) {
                assertThat(topics.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }
        }
    }

    @Test
    void recordProducedWithAcksAllIsConsumedBackInOrderPerKey(DevStack stack) throws Exception {
        String user = "user-" + UUID.randomUUID();
        RecordMetadata last;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.EVENTS, user, "first")).get(10, TimeUnit.SECONDS);
            last = producer.send(new ProducerRecord<>(Topics.EVENTS, user, "second")).get(10, TimeUnit.SECONDS);
        }

        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (user.equals(record.key())) {
                        assertThat(record.partition()).isEqualTo(last.partition());
                        values.add(record.value());
                    }
                }
            }
        }
        assertThat(values).containsExactly("first", "second");
    }
}
