package com.careervault.migration;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.ConfiguredMasterKey;
import com.careervault.contracts.privacy.DynamoDbDataKeys;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.devstack.DevStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** What the migration's integration tests share: settings for the JVM's devstack, and reading the log back. */
final class MigrationTestSupport {

    private MigrationTestSupport() {
    }

    /** The system properties of a run against the devstack ({@code source} = mongo.uri or mongo.export-dir). */
    static Properties properties(DevStack stack, Map<String, String> source) {
        Properties p = new Properties();
        p.putAll(source);
        p.setProperty("kafka.bootstrap-servers", stack.kafkaBootstrapServers());
        p.setProperty("dynamodb.endpoint", stack.dynamoDbEndpoint());
        p.setProperty("dynamodb.create-tables", "true");
        p.setProperty("cognito.endpoint", stack.cognito().endpoint().toString());
        p.setProperty("cognito.user-pool-id", stack.cognito().userPoolId());
        p.setProperty("migration.rejects-file",
                Path.of("target", "rejects", UUID.randomUUID() + ".jsonl").toAbsolutePath().toString());
        return p;
    }

    static MigrationSettings settings(Properties properties) {
        return MigrationSettings.from(properties, Map.of());
    }

    /** Runs the migration in this JVM; the summary, and what it printed. */
    static Run run(Properties properties) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        MigrationSettings settings = settings(properties);
        Summary summary = MigrationMain.run(settings, new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        return new Run(summary, printed.toString(StandardCharsets.UTF_8), settings.rejectsFile());
    }

    record Run(Summary summary, String printed, Path rejectsFile) {
    }

    /** A client of the devstack's DynamoDB, as the data keys take it. */
    static DynamoDbAsyncClient dynamoDbAsync(DevStack stack) {
        return DynamoDbAsyncClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .endpointOverride(URI.create(stack.dynamoDbEndpoint())).build();
    }

    /** The data keys as the services (and the migration, by default) use them on the devstack. */
    static DynamoDbDataKeys dataKeys(DynamoDbAsyncClient dynamoDb) {
        return new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE,
                new ConfiguredMasterKey(ConfiguredMasterKey.DEVSTACK_NOT_FOR_PRODUCTION));
    }

    /**
     * Every committed event on the event topic, as read-committed consumers (all of CareerVault's) see them:
     * decoded with the services' keyed codec; those of deleted accounts skipped, as consumers skip them.
     */
    static List<EventEnvelope> events(DevStack stack) {
        List<EventEnvelope> events = new ArrayList<>();
        try (DynamoDbAsyncClient dynamoDb = dynamoDbAsync(stack);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            EventCodec codec = new EventCodec(dataKeys(dynamoDb));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the event topic to its end");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        events.add(codec.decode(record.value()));
                    } catch (PersonalDataErasedException erased) {
                        // a deleted account's: unreadable by design
                    }
                }
            }
        }
        return events;
    }
}
