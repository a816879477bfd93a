package com.careervault.projector.deadletter;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.UnknownEventTypeException;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTest {

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithReasonAndOriginAndTheNextRecordsAreApplied() {
        String user = newId();
        String validJson = new String(log.codec().encode(event(user, Instant.now(), Events.fullJob(newId()))),
                StandardCharsets.UTF_8);
        String unknownType = validJson.replace("careervault.job.created.v1", "careervault.job.archived.v1");
        String invalidData = validJson.replace("\"status\":\"Applied\"", "\"status\":\"Daydreaming\"");
        assertThat(unknownType).isNotEqualTo(validJson);
        assertThat(invalidData).isNotEqualTo(validJson);
        String statusTwice = validJson.replace("\"status\":\"Applied\"", "\"status\":\"Applied\",\"status\":\"Offer\"");
        assertThat(statusTwice).isNotEqualTo(validJson);

        RecordMetadata notJson = log.publishRaw(user, "this is not an event {");
        RecordMetadata unknown = log.publishRaw(user, unknownType);
        RecordMetadata invalid = log.publishRaw(user, invalidData);
        RecordMetadata twice = log.publishRaw(user, statusTwice);
        String job = newId();
        log.publish(event(user, Instant.now(), Events.bareJob(job, "After the poison")));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(readModel.job(user, job)).containsKey(Jobs.STATUS));

        Map<Long, ConsumerRecord<byte[], byte[]>> deadLetters = awaitDeadLetters(notJson.partition(),
                Set.of(notJson.offset(), unknown.offset(), invalid.offset(), twice.offset()));
        assertDeadLetter(deadLetters.get(notJson.offset()), notJson, "not JSON", EventFormatException.class,
                "this is not an event {");
        assertDeadLetter(deadLetters.get(unknown.offset()), unknown, "unknown event type 'careervault.job.archived.v1'",
                UnknownEventTypeException.class, unknownType);
        assertDeadLetter(deadLetters.get(invalid.offset()), invalid, "invalid careervault.job.created.v1",
                EventFormatException.class, invalidData);
        // a strict reader: which of two values was meant cannot be known, so neither is applied
        assertDeadLetter(deadLetters.get(twice.offset()), twice, "Duplicate Object property \"status\"",
                EventFormatException.class, statusTwice);
    }

    @Test
    void anEventDynamoDbRejectsGoesToTheDeadLetterTopicAndTheNextRecordsAreApplied() {
        String user = newId();
        JobCreated oversized = new JobCreated(newId(), "Big Notes Ltd", "Writer", JobStatus.Applied, null, null,
                null, null, "x".repeat(420_000), null, null, null);
        RecordMetadata rejected = log.publish(event(user, Instant.now(), oversized));
        String job = newId();
        log.publish(event(user, Instant.now(), Events.bareJob(job, "After the rejected one")));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(readModel.job(user, job)).containsKey(Jobs.STATUS));
        ConsumerRecord<byte[], byte[]> deadLetter = awaitDeadLetters(rejected.partition(), Set.of(rejected.offset()))
                .get(rejected.offset());
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).contains("Item size has exceeded");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(DynamoDbException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo(Long.toString(rejected.offset()));
        assertThat(readModel.job(user, oversized.jobId())).isEmpty();
    }

    private static void assertDeadLetter(ConsumerRecord<byte[], byte[]> deadLetter, RecordMetadata origin,
            String reason, Class<?> exception, String value) {
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).contains(reason);
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(exception.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo(Topics.EVENTS);
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_PARTITION))
                .isEqualTo(Integer.toString(origin.partition()));
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo(Long.toString(origin.offset()));
    }

    /** The dead letters of the given origin records, by origin offset. */
    private static Map<Long, ConsumerRecord<byte[], byte[]>> awaitDeadLetters(int partition, Set<Long> offsets) {
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> dlt = List.of(new TopicPartition(Topics.EVENTS_PROJECTOR_DLT, 0));
            consumer.assign(dlt);
            consumer.seekToBeginning(dlt);
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return ours(seen, partition, offsets).keySet().containsAll(offsets);
            });
        }
        return ours(seen, partition, offsets);
    }

    private static Map<Long, ConsumerRecord<byte[], byte[]>> ours(List<ConsumerRecord<byte[], byte[]>> records,
            int partition, Set<Long> offsets) {
        return records.stream()
                .filter(r -> Integer.toString(partition).equals(header(r, DeadLetterHeaders.ORIGIN_PARTITION)))
                .filter(r -> offsets.contains(Long.parseLong(header(r, DeadLetterHeaders.ORIGIN_OFFSET))))
                .collect(Collectors.toMap(r -> Long.parseLong(header(r, DeadLetterHeaders.ORIGIN_OFFSET)), r -> r,
                        (first, again) -> first));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
