package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, kind 8: one user with as many jobs as an account may hold does not stop the service for others. The big
 * user's events go straight to the log with the contracts' codec (the API's per-account limits would
 * not let them through quickly), on the same partition as an ordinary user who signed up through the
 * API just before; then the ordinary user records one job with a follow-up date. The old notifier kept
 * a user's jobs in one state record and died at about 5,400 jobs, taking every user of the partition
 * with it.
 *
 * <p>Size: the account maximum of the system under test ({@link TheSystem#MAX_JOBS_PER_ACCOUNT}) in
 * {@code job.created} events of about 350 bytes, after a registration and a preferences change (follow-up
 * reminders off, so that the test is about state, not mail volume). That no state record grows with the
 * number of jobs is shown record by record in the notifier's {@code UserStatsTopologyTest}; 20,000 jobs
 * passed here too (82 s before the company search index; with its ~30 writes per job the projector then
 * needs several minutes, too long for every build). The big user's companies are one short word each (about 5
 * search-index writes a job instead of 30): the cost that matters here is the number of events on the partition.
 * Everything waits for the same partition to be worked through by the notifier and the projector.
 */
@ExtendWith(DevStackExtension.class)
class OneUserWithManyJobsTest {

    /** The configured maximum of one account in the system under test (issue 12: "20,000 jobs or the configured maximum"). */
    static final int JOBS = TheSystem.MAX_JOBS_PER_ACCOUNT;
    /** Not a performance bound (none is asserted by a timed test): long enough for a machine under load. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(OneUserWithManyJobsTest.class);

    private final EventCodec codec = new EventCodec();

    @Test
    void theNotifierAndTheProjectorKeepServingTheOtherUsersOfThePartition() throws Exception {
        Api other = Api.newUser().withVerifiedEmail();
        String big = userOnTheSamePartitionAs(other.userId);
        Instant start = Instant.now();
        publishBigUser(big, start);
        log.info("published {} jobs of user {} in {}", JOBS, big, Duration.between(start, Instant.now()));

        Instant followUp = Instant.now().plusSeconds(2);
        String job = other.json(other.post("/api/jobs", "{\"company\": \"Small Fakeco\", \"position\": \"Tester\", "
                + "\"status\": \"Wishlist\", \"follow_up_at\": \"" + followUp + "\"}").expectStatus().isAccepted())
                .get("job_id").asString();

        // the projector: the other user's job is readable (404 until the projector is there)
        JsonNode projected = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> other.get("/api/jobs/" + job).expectBody(JsonNode.class).returnResult(),
                        result -> result.getStatus().value() == 200)
                .getResponseBody();
        assertThat(projected.get("company").asString()).isEqualTo("Small Fakeco");
        log.info("the other user's job was projected {} after the big user's first event", since(start));
        // the notifier: the other user's custom reminder arrives, once
        MimeMessage reminder = await().atMost(PATIENCE).until(() -> Mails.to(other.email), mails -> mails.size() == 2)
                .get(1);
        assertThat(reminder.getSubject()).isEqualTo("Reminder: Tester at Small Fakeco");
        log.info("the other user's reminder arrived {} after the big user's first event", since(start));
        // ... and both users' statistics are right
        Map<String, JsonNode> stats = latestStats(List.of(other.userId, big),
                found -> found.containsKey(other.userId) && total(found.get(other.userId)) == 1
                        && found.containsKey(big) && total(found.get(big)) == JOBS);
        assertThat(stats.get(other.userId).get("jobs_by_status").get("Wishlist").asInt()).isEqualTo(1);
        assertThat(stats.get(big).get("jobs_by_status").get("Applied").asInt()).isEqualTo(JOBS);
        assertThat(stats.get(big).get("applied_jobs").asInt()).isEqualTo(JOBS);
        assertThat(Mails.to(other.email)).hasSize(2); // the verification link and the reminder
        log.info("both users' statistics were right {} after the big user's first event", since(start));
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now()).withNanos(0);
    }

    /** A fresh user id whose records land on the same partition as {@code userId}'s (the producer's key hash). */
    private static String userOnTheSamePartitionAs(String userId) {
        int partition = partitionOf(userId);
        while (true) {
            String candidate = UUID.randomUUID().toString();
            if (partitionOf(candidate) == partition) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % Topics.EVENT_PARTITIONS;
    }

    private void publishBigUser(String userId, Instant time) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            send(producer, userId, time, new UserRegistered(userId, "big-" + userId, "big-" + userId + "@example.com",
                    "Big", "User"));
            // no follow-up reminders for the big user: 20,000 emails due at once would be served first, in due
            // order, and the other user's reminder would wait behind them (a known limit, see docs/operations.md)
            send(producer, userId, time, new UserPreferencesChanged(userId,
                    new ReminderPreferences(false, 7, true, true, "UTC")));
            // one-word company names: the projector writes one search-index entry per prefix of each word start of
            // a company ("Big Fakeco 1234": 30 entries, "B1234": 5), and the search index is not what this proves
            // (CompanySearchTest is)
            for (int i = 1; i <= JOBS; i++) {
                send(producer, userId, time, new JobCreated(UUID.randomUUID().toString(), "B" + i,
                        "Engineer", JobStatus.Applied, null, null, null, null, null, null, null, null));
            }
            producer.flush();
        }
    }

    private void send(KafkaProducer<String, byte[]> producer, String userId, Instant time,
            com.careervault.contracts.events.CareerVaultEvent data) {
        EventEnvelope event = EventEnvelope.of(UUID.randomUUID().toString(), "/careervault/test", time, userId, data);
        producer.send(new ProducerRecord<>(Topics.EVENTS, userId, codec.encode(event)), (metadata, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("could not publish the big user's events", failure);
            }
        });
    }

    private static int total(JsonNode data) {
        return data.get("total_jobs").asInt();
    }

    /** The newest committed statistics of the users, read until {@code done} holds for them. */
    private Map<String, JsonNode> latestStats(List<String> users,
            java.util.function.Predicate<Map<String, JsonNode>> done) {
        Map<String, JsonNode> latest = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "many-jobs-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ANALYTICS_USER_STATS));
            await().atMost(PATIENCE.toSeconds(), TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (users.contains(record.key())) {
                        latest.put(record.key(), codec.mapper().readTree(record.value()).get("data"));
                    }
                }
                return done.test(latest);
            });
        }
        return latest;
    }

}
