package com.careervault.migration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration's own topic ({@code careervault.migration.progress.v1}, one partition, kept forever): one
 * JSON record per committed batch, {@code {"users": [{"mongo_id", "state", "user_id"}], "jobs": ["<_id hex>",
 * …]}}, written in the batch's transaction ({@link EventLogWriter}). Small: about 30 bytes per document.
 */
final class ProgressTopic {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final MigrationSettings settings;

    ProgressTopic(MigrationSettings settings) {
        this.settings = settings;
    }

    /** Creates the topic when it is missing; true when it exists afterwards. */
    void create() {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(settings.progressTopic(), 1, (short) -1).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))))
                    .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the progress topic " + settings.progressTopic()
                        + " (create it yourself: 1 partition, unlimited retention)", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw unreachable(e);
        }
    }

    boolean exists() {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .contains(settings.progressTopic());
        } catch (ExecutionException | TimeoutException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Everything committed so far (read-committed, to the end). In a real run, call it after the
     * {@link EventLogWriter} is made: that fences any earlier run, so nothing is added behind this read.
     */
    Progress read() {
        Progress progress = new Progress();
        if (!exists()) {
            return progress;
        }
        TopicPartition partition = new TopicPartition(settings.progressTopic(), 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            // for a read-committed consumer the end is the last stable offset: after every committed batch
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the progress topic " + settings.progressTopic()
                            + " to its end within " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    progress.add(JSON.readValue(record.value(), Progress.Entry.class));
                }
            }
        }
        return progress;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    private IllegalStateException unreachable(Exception e) {
        return new IllegalStateException("Kafka at " + settings.kafkaBootstrapServers() + " did not answer", e);
    }
}
