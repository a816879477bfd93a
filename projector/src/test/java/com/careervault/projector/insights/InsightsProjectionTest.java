package com.careervault.projector.insights;

import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.analytics.AnalyticsEventType;
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.analytics.UserStats.WeeklyApplications;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.time.Timestamps;
import com.careervault.devstack.DevStack;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The insights table keeps the latest statistics record of each user from the analytics topic, as the
 * notifier publishes them there (key = user id, CloudEvents JSON).
 */
@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsProjectionTest {

    private static final String TYPE = AnalyticsEventType.USER_STATS_V2.type();

    private final EventCodec codec = new EventCodec();
    private final ReadModelReader readModel = new ReadModelReader();
    private final KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());

    @Autowired
    InsightsPollProjection pollProjection;

    @AfterAll
    void close() {
        producer.close();
        readModel.close();
    }

    @Test
    void theLatestRecordIsStoredAndARedeliveredOlderOneNeverOverwritesIt() {
        String user = newId();
        Instant firstAt = Instant.parse("2026-11-23T08:00:00.000001Z");
        Instant secondAt = Instant.parse("2026-11-27T09:30:00.5Z");
        String firstJson = json(newId(), firstAt, stats(user, 1, Map.of("Applied", 1), 1, 0, 0, 0, null));
        String secondId = newId();
        String secondJson = json(secondId, secondAt,
                stats(user, 3, Map.of("Wishlist", 1, "Interviewing", 1, "Rejected", 1), 2, 1, 0.5, 0, 3.25));
        RecordMetadata first = publish(user, firstJson);
        RecordMetadata second = publish(user, secondJson);
        assertThat(second.partition()).isEqualTo(first.partition());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(item(user).get(Position.OFFSET))
                .isEqualTo(AttributeValue.fromN(Long.toString(second.offset()))));
        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(Insights.USER_ID, AttributeValue.fromS(user));
        expected.put(Insights.TOTAL_JOBS, AttributeValue.fromN("3"));
        expected.put(Insights.JOBS_BY_STATUS, AttributeValue.fromM(byStatus(
                Map.of("Wishlist", 1, "Interviewing", 1, "Rejected", 1))));
        expected.put(Insights.APPLICATIONS_PER_WEEK, AttributeValue.fromL(IntStream.range(0, 12)
                .mapToObj(i -> AttributeValue.fromM(Map.of(Insights.WEEK, AttributeValue.fromS(week(i)),
                        Insights.APPLICATIONS, AttributeValue.fromN(i == 11 ? "2" : "0"))))
                .toList()));
        expected.put(Insights.APPLIED_JOBS, AttributeValue.fromN("2"));
        expected.put(Insights.RESPONSE_RATE, AttributeValue.fromN("1"));
        expected.put(Insights.INTERVIEW_RATE, AttributeValue.fromN("0.5"));
        expected.put(Insights.OFFER_RATE, AttributeValue.fromN("0"));
        expected.put(Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE, AttributeValue.fromN("3.25"));
        expected.put(Insights.COMPUTED_AT, AttributeValue.fromS("2026-11-27T09:30:00.500000Z"));
        expected.put(Insights.RECORD_ID, AttributeValue.fromS(secondId));
        // the funnel, as published
        expected.put(Insights.FUNNEL, AttributeValue.fromS(codec.mapper().writeValueAsString(funnel(2, 1))));
        expected.put(Position.PARTITION, AttributeValue.fromN(Integer.toString(second.partition())));
        expected.put(Position.OFFSET, AttributeValue.fromN(Long.toString(second.offset())));
        assertThat(item(user)).isEqualTo(expected);

        // redelivery or a replay of the older record (as after a failed commit): skipped by its position
        pollProjection.apply(List.of(new ConsumerRecord<>(Topics.ANALYTICS_USER_STATS_V2, first.partition(),
                first.offset(), utf8(user), utf8(firstJson))));
        assertThat(item(user)).isEqualTo(expected);
        // and the same record again changes nothing either
        pollProjection.apply(List.of(new ConsumerRecord<>(Topics.ANALYTICS_USER_STATS_V2, second.partition(),
                second.offset(), utf8(user), utf8(secondJson))));
        assertThat(item(user)).isEqualTo(expected);
    }

    @Test
    void aTombstoneRemovesTheFiguresAndKeepsThePosition() {
        String user = newId();
        publish(user, json(newId(), Instant.parse("2026-11-27T10:00:00Z"),
                stats(user, 1, Map.of("Offer", 1), 1, 1, 1, 1, 2.0)));
        RecordMetadata tombstone = send(user, null);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(item(user)).isEqualTo(Map.of(
                Insights.USER_ID, AttributeValue.fromS(user),
                Position.PARTITION, AttributeValue.fromN(Integer.toString(tombstone.partition())),
                Position.OFFSET, AttributeValue.fromN(Long.toString(tombstone.offset())))));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsStored() {
        String user = newId();
        String valid = json(newId(), Instant.parse("2026-11-27T11:00:00Z"),
                stats(user, 2, Map.of("Applied", 2), 2, 0, 0, 0, null));
        String rateAboveOne = valid.replace("\"response_rate\":0.0", "\"response_rate\":1.5");
        String otherUser = valid.replace("\"user_id\":\"" + user + "\"", "\"user_id\":\"" + newId() + "\"");
        assertThat(rateAboveOne).isNotEqualTo(valid);
        String badWeek = valid.replace("\"week\":\"2026-W37\"", "\"week\":\"last week\"");
        assertThat(otherUser).isNotEqualTo(valid);
        assertThat(badWeek).isNotEqualTo(valid);
        String noFunnel = valid.replaceFirst(",\"funnel\":\\{.*\\}\\}$", "}}");
        assertThat(noFunnel).isNotEqualTo(valid).doesNotContain("funnel");
        String badConversion = valid.replaceFirst("\"conversion_to_next\":0.0", "\"conversion_to_next\":2.0");
        assertThat(badConversion).isNotEqualTo(valid);

        RecordMetadata notJson = publish(user, "{ not a record");
        RecordMetadata badRate = publish(user, rateAboveOne);
        RecordMetadata wrongUser = publish(user, otherUser);
        RecordMetadata notAWeek = publish(user, badWeek);
        RecordMetadata withoutFunnel = publish(user, noFunnel);
        RecordMetadata conversionOverOne = publish(user, badConversion);
        RecordMetadata good = publish(user, valid);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(item(user).get(Position.OFFSET))
                .isEqualTo(AttributeValue.fromN(Long.toString(good.offset()))));
        assertThat(item(user).get(Insights.TOTAL_JOBS)).isEqualTo(AttributeValue.fromN("2"));
        assertThat(item(user).get(Insights.RESPONSE_RATE)).isEqualTo(AttributeValue.fromN("0"));

        Map<Long, ConsumerRecord<byte[], byte[]>> deadLetters = awaitDeadLetters(notJson.partition(),
                List.of(notJson.offset(), badRate.offset(), wrongUser.offset(), notAWeek.offset(),
                        withoutFunnel.offset(), conversionOverOne.offset()));
        assertDeadLetter(deadLetters.get(notJson.offset()), notJson, "not JSON", "{ not a record");
        assertDeadLetter(deadLetters.get(badRate.offset()), badRate, "invalid " + TYPE
                + ": response_rate, interview_rate and offer_rate must be between 0 and 1", rateAboveOne);
        assertDeadLetter(deadLetters.get(wrongUser.offset()), wrongUser, "must both equal the record's key '"
                + user + "'", otherUser);
        assertDeadLetter(deadLetters.get(notAWeek.offset()), notAWeek, "invalid " + TYPE
                + ": applications_per_week must have 12 ISO weeks (2026-W48) with counts that are not negative",
                badWeek);
        assertDeadLetter(deadLetters.get(withoutFunnel.offset()), withoutFunnel, "invalid " + TYPE
                + ": funnel is required", noFunnel);
        assertDeadLetter(deadLetters.get(conversionOverOne.offset()), conversionOverOne, "invalid " + TYPE
                + ": funnel.overall (five stages, counts not negative, conversions between 0 and 1)", badConversion);
    }

    private static UserStats stats(String user, int total, Map<String, Integer> counts, int applied, double response,
            double interview, double offer, Double median) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String status : List.of("Wishlist", "Applied", "Screening", "Interviewing", "Offer", "Accepted",
                "Rejected", "Withdrawn", "Ghosted")) {
            byStatus.put(status, counts.getOrDefault(status, 0));
        }
        List<WeeklyApplications> weeks = IntStream.range(0, 12)
                .mapToObj(i -> new WeeklyApplications(week(i), i == 11 ? applied : 0)).toList();
        return new UserStats(user, total, byStatus, weeks, applied, response, interview, offer, median)
                .withFunnel(funnel(applied, (int) Math.round(interview * applied)));
    }

    /** A funnel of {@code applied} applications, {@code interviewed} of them interviewed, all in the last week. */
    private static UserStats.Funnel funnel(int applied, int interviewed) {
        UserStats.Durations none = new UserStats.Durations(0, null, null);
        UserStats.FunnelGroup empty = group(0, 0, none);
        UserStats.FunnelGroup group = group(applied, interviewed, new UserStats.Durations(1, 3.25, 3.25));
        return new UserStats.Funnel(group, IntStream.range(0, 12)
                .mapToObj(i -> new UserStats.WeeklyFunnel(week(i), i == 11 ? group : empty)).toList(),
                UserStats.Funnel.SOURCES.stream().map(source -> new UserStats.SourceFunnel(source,
                        source.equals("LinkedIn") ? group : empty)).toList());
    }

    private static UserStats.FunnelGroup group(int applied, int interviewed, UserStats.Durations times) {
        UserStats.Durations none = new UserStats.Durations(0, null, null);
        return new UserStats.FunnelGroup(applied, List.of(
                new UserStats.StageFigures("Applied", applied, applied == 0 ? 0.0 : (double) interviewed / applied,
                        times),
                new UserStats.StageFigures("Screening", interviewed, interviewed == 0 ? 0.0 : 1.0, none),
                new UserStats.StageFigures("Interviewing", interviewed, 0.0, none),
                new UserStats.StageFigures("Offer", 0, 0.0, none),
                new UserStats.StageFigures("Accepted", 0, null, null)), times);
    }

    private static Map<String, AttributeValue> byStatus(Map<String, Integer> counts) {
        Map<String, AttributeValue> byStatus = new HashMap<>();
        for (String status : List.of("Wishlist", "Applied", "Screening", "Interviewing", "Offer", "Accepted",
                "Rejected", "Withdrawn", "Ghosted")) {
            byStatus.put(status, AttributeValue.fromN(Integer.toString(counts.getOrDefault(status, 0))));
        }
        return byStatus;
    }

    private static String week(int i) {
        return String.format("2026-W%02d", 37 + i);
    }

    /** The record as the notifier writes it (docs/analytics.md). */
    private String json(String id, Instant time, UserStats stats) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id);
        envelope.put("source", "/careervault/notifier");
        envelope.put("type", TYPE);
        envelope.put("time", Timestamps.format(time));
        envelope.put("datacontenttype", "application/json");
        envelope.put("userid", stats.userId());
        envelope.put("data", stats);
        return codec.mapper().writeValueAsString(envelope);
    }

    private RecordMetadata publish(String key, String value) {
        return send(key, utf8(value));
    }

    private RecordMetadata send(String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(Topics.ANALYTICS_USER_STATS_V2, utf8(key), value))
                    .get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + Topics.ANALYTICS_USER_STATS_V2, e);
        }
    }

    private Map<String, AttributeValue> item(String user) {
        return readModel.client().getItem(request -> request.tableName(Insights.DEFAULT_TABLE).consistentRead(true)
                .key(Map.of(Insights.USER_ID, AttributeValue.fromS(user)))).item();
    }

    private static void assertDeadLetter(ConsumerRecord<byte[], byte[]> deadLetter, RecordMetadata origin,
            String reason, String value) {
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).contains(reason);
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(EventFormatException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo(Topics.ANALYTICS_USER_STATS_V2);
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_PARTITION))
                .isEqualTo(Integer.toString(origin.partition()));
    }

    /** The dead letters of the given origin records, by origin offset. */
    private static Map<Long, ConsumerRecord<byte[], byte[]>> awaitDeadLetters(int partition, List<Long> offsets) {
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> dlt = List.of(new TopicPartition(Topics.ANALYTICS_USER_STATS_V2_PROJECTOR_DLT, 0));
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
            int partition, List<Long> offsets) {
        Map<Long, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (Integer.toString(partition).equals(header(record, DeadLetterHeaders.ORIGIN_PARTITION))) {
                long offset = Long.parseLong(header(record, DeadLetterHeaders.ORIGIN_OFFSET));
                if (offsets.contains(offset)) {
                    found.putIfAbsent(offset, record);
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
