package com.careervault.migration;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends the migration's events to {@code careervault.events.v1} (keyed by user id, encoded by the
 * {@link EventCodec}) together with a record of its progress, each batch in one Kafka transaction: idempotent
 * producer, {@code acks=all}, and a fixed {@code transactional.id}, so that starting a run fences a killed or
 * hung earlier one and aborts whatever transaction it left open. Events are encoded (their personal fields
 * encrypted, which may call the key table) before a transaction begins: a key that cannot be read or made
 * leaves nothing open and nothing appended.
 */
final class EventLogWriter implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec;
    private final MigrationSettings settings;
    private final JsonMapper json = ProgressTopic.JSON;

    /** An event as it goes on the topic: the record's key (the user id) and value. */
    record Encoded(String key, byte[] value) {
    }

    EventLogWriter(MigrationSettings settings, EventCodec codec) {
        this.settings = settings;
        this.codec = codec;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId(),
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis()),
                new StringSerializer(), new ByteArraySerializer());
        // fences an earlier run with the same transactional.id and aborts its open transaction
        producer.initTransactions();
    }

    /**
     * The event as the log gets it, its personal fields encrypted with the user's data key (made with the
     * user's first event). The ciphertext differs on every call: duplicates are told by event id, never by bytes.
     *
     * @throws PersonalDataErasedException when the user's key was deleted (the account was deleted): nothing is
     *         ever written for that user again
     * @throws DataKeysUnavailableException when the key table or the master key cannot be reached: transient
     */
    Encoded encode(EventEnvelope event) {
        return new Encoded(event.userid(), codec.encode(event));
    }

    /**
     * Encodes {@code events} (see {@link #encode}; an exception there appends nothing), then appends them with
     * {@code progress} as {@link #appendEncoded} does.
     */
    void append(List<EventEnvelope> events, Progress.Entry progress) {
        appendEncoded(events.stream().map(this::encode).toList(), progress);
    }

    /**
     * Appends {@code events} and {@code progress} atomically: all visible to read-committed consumers, or none.
     *
     * @throws KafkaException when the broker did not take them (the transaction was aborted; nothing is visible)
     */
    void appendEncoded(List<Encoded> events, Progress.Entry progress) {
        producer.beginTransaction();
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (Encoded event : events) {
                sends.add(producer.send(new ProducerRecord<>(Topics.EVENTS, event.key(), event.value())));
            }
            sends.add(producer.send(new ProducerRecord<>(settings.progressTopic(), "mongodb",
                    json.writeValueAsBytes(progress))));
            producer.commitTransaction();
            for (Future<?> send : sends) {
                send.get(0, TimeUnit.MILLISECONDS); // all completed by the commit; surfaces any failure
            }
        } catch (ProducerFencedException e) {
            throw new IllegalStateException("another migration run with transactional.id "
                    + settings.transactionalId() + " started: this one stops", e);
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            abortQuietly();
            throw new KafkaException("a batch of " + events.size() + " events was not appended", e);
        } catch (InterruptedException e) {
            abortQuietly();
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while appending", e);
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException ignored) {
            // the transaction is lost either way; the next run fences and aborts it
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
