package com.careervault.notifier.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DynamoDbDataKeys;
import com.careervault.contracts.privacy.MasterKey;
import com.careervault.devstack.DevStack;
import com.careervault.notifier.OnTheDevStack;
import com.careervault.notifier.streams.NotifierTopology;
import com.careervault.notifier.support.Events;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The notifier reads encrypted events with the users' keys from the real key table, and skips (never
 * dead-letters) the events of a user whose key the API deleted: no email, no statistics come of them.
 */
@OnTheDevStack
class CryptoShreddingNotifierTest {

    @Autowired
    NotifierTopology topology;
    @Autowired
    EventCodec notifierCodec;
    @Autowired
    DynamoDbAsyncClient dynamoDb;
    @Autowired
    MasterKey masterKey;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void theEventsOfAUserWhoseKeyWasDeletedAreSkippedAndOthersStillMailed() throws Exception {
        // the API's keys: another process than the notifier, with a cache of its own
        DataKeys apiKeys = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey);
        // the first call of a fresh JVM's client may miss the 2 s attempt timeout on a busy machine
        await().ignoreExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> apiKeys.existing("warm-up-" + UUID.randomUUID()).isEmpty());
        EventCodec apiCodec = new EventCodec(apiKeys);
        Events erased = Events.forNewUser();
        Events kept = Events.forNewUser();
        String erasedEmail = "erased-" + UUID.randomUUID() + "@example.com";
        String keptEmail = "kept-" + UUID.randomUUID() + "@example.com";
        List<byte[]> erasedRecords = List.of(
                apiCodec.encode(erased.envelope(erased.unverified(erasedEmail), Instant.now())),
                apiCodec.encode(erased.envelope(Events.created(Events.newJobId(), JobStatus.Applied), Instant.now())));
        long erasedBefore = topology.erasedEventCount();

        apiKeys.delete(erased.userId());
        for (byte[] record : erasedRecords) {
            publish(erased.userId(), record);
        }
        publish(kept.userId(), apiCodec.encode(kept.envelope(kept.unverified(keptEmail), Instant.now())));

        await().atMost(30, TimeUnit.SECONDS).until(() -> mailsTo(keptEmail), mails -> mails.size() == 1);
        await().atMost(30, TimeUnit.SECONDS).until(topology::erasedEventCount, count -> count >= erasedBefore + 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> mailsTo(erasedEmail), List::isEmpty);
        // the notifier's own codec reads the kept user's events (the key is in the table, not only in the API)
        EventEnvelope again = kept.envelope(Events.created(Events.newJobId(), JobStatus.Applied),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        assertThat(notifierCodec.decode(apiCodec.encode(again))).isEqualTo(again);
    }

    private void publish(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.EVENTS, key, value)).get(10, TimeUnit.SECONDS);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : DevStack.shared().mailbox().received()) {
            var to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length == 1 && to[0].toString().equals(address)) {
                mails.add(message);
            }
        }
        return mails;
    }
}
