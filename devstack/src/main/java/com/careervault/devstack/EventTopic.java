package com.careervault.devstack;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.ConfiguredMasterKey;
import com.careervault.contracts.privacy.DynamoDbDataKeys;
import java.net.URI;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads back what was published on the event topic, committed records only: for tests. Each record comes as
 * its raw bytes and as the CloudEvents JSON a consumer sees: personal fields decrypted with the user's data
 * key (the devstack's key table and master key) and written back in clear, in the order the API's records
 * had before encryption. A record that does not decode that way (not an event, a deleted user's) is given as
 * it is.
 */
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
        try (DynamoDbAsyncClient dynamoDb = DynamoDbAsyncClient.builder()
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)))
                        .endpointOverride(URI.create(DevStack.shared().dynamoDbEndpoint()))
                        .build();
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            EventCodec keyed = new EventCodec(new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE,
                    new ConfiguredMasterKey(ConfiguredMasterKey.DEVSTACK_NOT_FOR_PRODUCTION)));
            EventCodec clear = new EventCodec();
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
                                asConsumersSeeIt(record.value(), keyed, clear), record.value()));
                    }
                }
            }
        }
        return events;
    }

    private static JsonNode asConsumersSeeIt(byte[] value, EventCodec keyed, EventCodec clear) {
        try {
            return JSON.readTree(clear.encode(keyed.decode(value)));
        } catch (RuntimeException notDecodable) {
            try {
                return JSON.readTree(value);
            } catch (JacksonException notJson) {
                return JSON.getNodeFactory().stringNode(new String(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * One record: its key, position, the event JSON as consumers see it (personal fields decrypted) and the
     * record's value as it is on the topic.
     */
    public record Received(String key, int partition, long offset, JsonNode event, byte[] value) {

        public String type() {
            return event.get("type").asString();
        }

        public JsonNode data() {
            return event.get("data");
        }
    }
}
