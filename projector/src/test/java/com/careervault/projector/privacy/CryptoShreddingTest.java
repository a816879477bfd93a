package com.careervault.projector.privacy;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DynamoDbDataKeys;
import com.careervault.contracts.privacy.MasterKey;
import com.careervault.contracts.privacy.PersonalFields;
import com.careervault.devstack.DevStack;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.SecondProjector;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.node.ObjectNode;

/**
 * Crypto-shredding as the projector sees it, on the devstack (dynalite, the real key table, the devstack's
 * master key): encrypted events are projected with their personal fields, an event of a deleted user is
 * skipped (also by a rebuild into empty tables), altered ciphertext is dead-lettered, and the key store keeps
 * one key per user however many processes create it at once.
 */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CryptoShreddingTest {

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @Autowired
    private EventCodec codec;
    @Autowired
    private DataKeys dataKeys;
    @Autowired
    private DynamoDbAsyncClient dynamoDb;
    @Autowired
    private MasterKey masterKey;

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void encryptedEventsAreProjectedWithTheirPersonalFieldsAndOldPlaintextOnesStillAre() {
        String user = newId();
        String encrypted = newId();
        String plaintext = newId();
        byte[] record = codec.encode(event(user, Instant.now(), Events.fullJob(encrypted)));
        assertThat(new String(record, StandardCharsets.UTF_8)).contains(PersonalFields.ENCRYPTED_FIELDS)
                .doesNotContain("Tech Corp").doesNotContain("Referred by Sam").doesNotContain("San Francisco");

        log.publishRaw(user, record);
        // as written before encryption existed (the test writer's codec has no keys)
        log.publish(event(user, Instant.now(), Events.bareJob(plaintext, "Plain Old Corp")));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(readModel.job(user, encrypted).get(Jobs.COMPANY)).isEqualTo(AttributeValue.fromS("  Tech Corp "));
            assertThat(readModel.job(user, encrypted).get(Jobs.NOTES))
                    .isEqualTo(AttributeValue.fromS("Referred by Sam"));
            assertThat(readModel.job(user, plaintext).get(Jobs.COMPANY))
                    .isEqualTo(AttributeValue.fromS("Plain Old Corp"));
        });
    }

    @Test
    void afterTheKeyIsDeletedARebuildFromTheLogHasNoItemOfTheUser() {
        String erased = newId();
        String kept = newId();
        String erasedJob = newId();
        String keptJob = newId();
        for (String user : List.of(erased, kept)) {
            String job = user.equals(erased) ? erasedJob : keptJob;
            log.publishRaw(user, codec.encode(event(user, Instant.now(),
                    new UserRegistered(user, "u-" + user, user + "@example.com", "Ada", "Lovelace", true))));
            log.publishRaw(user, codec.encode(event(user, Instant.now(), Events.fullJob(job))));
            log.publishRaw(user, codec.encode(event(user, Instant.now(), new JobUpdated(job, null, null, null, null,
                    null, null, "a second note", null, null, null, List.of()))));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(readModel.job(erased, erasedJob).get(Jobs.NOTES)).isEqualTo(AttributeValue.fromS("a second note"));
            assertThat(readModel.job(kept, keptJob).get(Jobs.NOTES)).isEqualTo(AttributeValue.fromS("a second note"));
            assertThat(readModel.user(erased)).containsKey(Users.EMAIL);
        });

        dataKeys.delete(erased);

        String suffix = newId().substring(0, 8);
        String jobsTable = "Shredded-Jobs-" + suffix;
        String usersTable = "Shredded-Users-" + suffix;
        readModel.client().createTable(ReadModelTables.users(usersTable));
        Map<TopicPartition, Long> end = SecondProjector.endOfLog();
        List<String> args = new ArrayList<>(SecondProjector.tableArguments(jobsTable, usersTable,
                "Shredded-CompanySearch-" + suffix, "Shredded-JobTags-" + suffix));
        args.add("--careervault.dynamodb.create-tables=true");
        try (SecondProjector rebuild = SecondProjector.start("shredded-" + newId(), args.toArray(String[]::new))) {
            rebuild.awaitCaughtUp(end);
            // the erased user's three events, never dead-lettered
            assertThat(rebuild.bean(ProjectionMetrics.class).erasedCount()).isGreaterThanOrEqualTo(3);
        }
        assertThat(readModel.user(usersTable, erased)).isEmpty();
        assertThat(readModel.jobsOf(jobsTable, erased)).isEmpty();
        assertThat(readModel.user(usersTable, kept).get(Users.EMAIL)).isEqualTo(AttributeValue.fromS(kept + "@example.com"));
        assertThat(readModel.job(jobsTable, kept, keptJob).get(Jobs.COMPANY)).isEqualTo(AttributeValue.fromS("  Tech Corp "));
        // the key item keeps only the mark that the user was deleted
        Map<String, AttributeValue> keyItem = readModel.client().getItem(get -> get.tableName(DataKeysTable.DEFAULT_TABLE)
                .key(Map.of(DataKeysTable.USER_ID, AttributeValue.fromS(erased)))).item();
        assertThat(keyItem).containsOnlyKeys(DataKeysTable.USER_ID, DataKeysTable.DELETED_AT);
    }

    @Test
    void alteredCiphertextIsDeadLetteredAndTheNextEventIsApplied() {
        String user = newId();
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.encode(event(user, Instant.now(),
                Events.fullJob(newId()))));
        ObjectNode data = (ObjectNode) tree.get("data");
        byte[] ciphertext = Base64.getDecoder().decode(data.get(PersonalFields.ENCRYPTED_FIELDS).asString());
        ciphertext[ciphertext.length / 2] ^= 0x01;
        data.put(PersonalFields.ENCRYPTED_FIELDS, Base64.getEncoder().encodeToString(ciphertext));
        RecordMetadata altered = log.publishRaw(user, tree.toString());
        String next = newId();
        log.publishRaw(user, codec.encode(event(user, Instant.now(), Events.bareJob(next, "After the altered one"))));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(readModel.job(user, next)).containsKey(Jobs.STATUS));
        ConsumerRecord<byte[], byte[]> deadLetter = awaitDeadLetter(altered);
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).contains("do not decrypt");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(EventFormatException.class.getName());
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo(tree.toString());
    }

    @Test
    void twoProcessesCreatingAUsersKeyAtOnceEndWithOneKey() throws Exception {
        String user = newId();
        DataKeys first = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey);
        DataKeys second = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey);
        int perProcess = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2 * perProcess);
        List<Future<Aead>> keys = new ArrayList<>();
        try {
            for (int i = 0; i < perProcess; i++) {
                for (DataKeys process : List.of(first, second)) {
                    keys.add(threads.submit(() -> {
                        start.await();
                        return process.keyFor(user);
                    }));
                }
            }
            start.countDown();
            byte[] associatedData = user.getBytes(StandardCharsets.UTF_8);
            for (Future<Aead> a : keys) {
                byte[] ciphertext = a.get().encrypt("secret".getBytes(StandardCharsets.UTF_8), associatedData);
                for (Future<Aead> b : keys) {
                    assertThat(b.get().decrypt(ciphertext, associatedData)).asString(StandardCharsets.UTF_8)
                            .isEqualTo("secret");
                }
            }
        } finally {
            threads.shutdownNow();
        }
        // and a third process, with nothing cached, reads that same key
        Aead third = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey).existing(user).orElseThrow();
        byte[] ciphertext = keys.get(0).get().encrypt(new byte[] {42}, new byte[0]);
        assertThat(third.decrypt(ciphertext, new byte[0])).containsExactly(42);
    }

    @Test
    void aDeletionElsewhereTakesEffectHereWhenTheCachedKeyExpires() {
        String user = newId();
        DataKeys here = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey, Duration.ofMillis(500),
                100, Clock.systemUTC());
        DataKeys elsewhere = new DynamoDbDataKeys(dynamoDb, DataKeysTable.DEFAULT_TABLE, masterKey);
        here.keyFor(user);

        elsewhere.delete(user);

        assertThat(elsewhere.existing(user)).isEmpty();
        assertThat(here.isCached(user)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> here.existing(user).isEmpty());
        assertThat(here.isCached(user)).as("a deleted user is remembered").isTrue();
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(RecordMetadata origin) {
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> dlt = List.of(new TopicPartition(Topics.EVENTS_PROJECTOR_DLT, 0));
            consumer.assign(dlt);
            consumer.seekToBeginning(dlt);
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> isFrom(r, origin));
            });
        }
        return seen.stream().filter(r -> isFrom(r, origin)).findFirst().orElseThrow();
    }

    private static boolean isFrom(ConsumerRecord<?, ?> record, RecordMetadata origin) {
        return Integer.toString(origin.partition()).equals(header(record, DeadLetterHeaders.ORIGIN_PARTITION))
                && Long.toString(origin.offset()).equals(header(record, DeadLetterHeaders.ORIGIN_OFFSET));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
