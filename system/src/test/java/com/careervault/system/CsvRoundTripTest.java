package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, done when: "a CSV export of 10,000 jobs re-imports into a fresh account as the same jobs". The source
 * account's 10,000 jobs go straight to the log as {@code job.created} events (the fastest honest way: the
 * projector builds the read model from them as from any other), with every field, all nine statuses, tags,
 * applied dates, text that needs quoting and formula-like cells. The export is imported into a fresh account in
 * two files of 5,000 rows (the limit of one request) through an API instance with the production default cap
 * of 10,000 live jobs (the shared system's is 4,000), and that account's export is the same file but for the job
 * ids: same fields, status, tags, applied date, creation and change times, and status columns.
 */
@ExtendWith(DevStackExtension.class)
class CsvRoundTripTest {

    static final int JOBS = 10_000;
    /** Not a performance bound: long enough for a busy shared machine (20,000 jobs through the projector). */
    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(CsvRoundTripTest.class);

    private final EventCodec codec = new EventCodec();

    @Test
    void anExportOfTenThousandJobsReimportsIntoAFreshAccountAsTheSameJobs() throws Exception {
        Api source = Api.newUser();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
        String lastSourceJob = publish(source.userId, start);
        awaitReadable(source, lastSourceJob);
        awaitTotal(source, JOBS);
        log.info("the source's {} jobs are readable", JOBS);

        String export = CsvFiles.exportText(source);
        List<CSVRecord> records = CsvFiles.records(export);
        assertThat(records).hasSize(JOBS + 1);
        assertThat(String.join(",", records.get(0).toList())).isEqualTo(CsvFiles.HEADER);

        Api target = Api.newUser();
        noReminders(target.userId);
        String lastTargetJob = null;
        try (ApiInstance api = ApiInstance.start(Map.of("careervault.quotas.max-live-jobs", Integer.toString(JOBS),
                "careervault.quotas.create-rate.limit", "1000000", "careervault.quotas.create-rate.burst", "1000000",
                "careervault.consistency.max-wait", "60s"))) {
            WebTestClient http = api.http(Duration.ofMinutes(3));
            String firstHalf = half(records, 1);
            for (String file : List.of(firstHalf, half(records, 2))) {
                JsonNode result = target.json(CsvFiles.upload(http, target, file, false).expectStatus().isOk());
                assertThat(result.get("created").asInt()).isEqualTo(JOBS / 2);
                assertThat(result.get("rejected").asInt()).isZero();
                lastTargetJob = result.get("rows").get(JOBS / 2 - 1).get("job_id").asString();
                log.info("imported {} rows", JOBS / 2);
            }
            // the same file again, once the read model has the imported jobs: nothing new
            awaitReadable(target, lastTargetJob);
            JsonNode again = target.json(CsvFiles.upload(http, target, firstHalf, false).expectStatus().isOk());
            assertThat(again.get("unchanged").asInt()).isEqualTo(JOBS / 2);
            assertThat(again.get("created").asInt()).isZero();
        }
        awaitTotal(target, JOBS);

        List<CSVRecord> copies = CsvFiles.records(CsvFiles.exportText(target));
        assertThat(copies).hasSize(JOBS + 1);
        // both exports are oldest first by created_at, which the import kept: row i is job i, all but the id equal
        for (int i = 1; i <= JOBS; i++) {
            List<String> original = records.get(i).toList();
            List<String> copy = copies.get(i).toList();
            assertThat(copy.subList(1, copy.size())).as("row %d", i).isEqualTo(original.subList(1, original.size()));
            assertThat(copy.get(0)).isNotEqualTo(original.get(0));
        }
        JsonNode stats = target.json(target.get("/api/jobs/stats").expectStatus().isOk());
        assertThat(stats.get("by_status").size()).isEqualTo(JobStatus.values().length);
    }

    /** The header and data rows {@code (part-1)*5000+1 ... part*5000}, as a file. */
    private static String half(List<CSVRecord> records, int part) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(records.get(0).toList());
        for (int i = (part - 1) * JOBS / 2 + 1; i <= part * JOBS / 2; i++) {
            rows.add(records.get(i).toList());
        }
        return CsvFiles.write(rows);
    }

    /**
     * Waits until the job is readable: a read of a job the read model lacks waits for the projector to apply
     * every event of the partition acknowledged before it (then 503 until it has), so once this job, the last one
     * published, answers 200, every earlier one is there too. One GetItem a poll, not a count of 10,000 items.
     */
    private static void awaitReadable(Api user, String jobId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(5)).ignoreExceptions().until(
                () -> user.get("/api/jobs/" + jobId).expectBody(String.class).returnResult().getStatus().value() == 200);
    }

    private static void awaitTotal(Api user, int total) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(10)).ignoreExceptions().until(
                () -> user.json(user.get("/api/jobs/stats").expectStatus().isOk()).get("total").asInt() == total);
    }

    /** No reminder mail from 10,000 jobs: the test is about the data. */
    private void noReminders(String userId) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, userId, Instant.now(), new UserPreferencesChanged(userId,
                    new ReminderPreferences(false, 7, false, false, "UTC")));
            producer.flush();
        }
    }

    /** Publishes the source's jobs; answers the id of the last one. */
    private String publish(String userId, Instant start) throws Exception {
        JobStatus[] statuses = JobStatus.values();
        String last = null;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, userId, start, new UserPreferencesChanged(userId,
                    new ReminderPreferences(false, 7, false, false, "UTC")));
            for (int i = 1; i <= JOBS; i++) {
                boolean full = i % 2 == 0;
                last = UUID.randomUUID().toString();
                // short company names: each word start of a company is a run of search-index writes
                send(producer, userId, start.plusMillis(i), new JobCreated(last,
                        i % 97 == 0 ? "=Formula Co " + i : i % 10 == 0 ? "Co, \"" + i + "\"" : "Co " + i,
                        i % 13 == 0 ? "Développeuse 👩‍💻 " + i : "Engineer " + (i % 50),
                        statuses[i % statuses.length],
                        full ? "Berlin, DE" : null,
                        full ? "€" + (50 + i % 40) + "k" : null,
                        i % 5 == 0 ? null : LocalDate.parse("2026-01-01").plusDays(i % 300),
                        full ? "https://jobs.example.com/" + i : null,
                        i % 3 == 0 ? "line one\nline two, with \"quotes\" " + i : null,
                        i % 7 == 0 ? Instant.parse("2031-01-01T10:00:00Z").plusSeconds(i) : null,
                        i % 11 == 0 ? Instant.parse("2031-02-01T10:00:00Z").plusSeconds(i) : null,
                        i % 4 == 0 ? List.of("tag" + (i % 10), "remote") : null));
            }
            producer.flush();
        }
        return last;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    private void send(KafkaProducer<String, byte[]> producer, String userId, Instant time, CareerVaultEvent data) {
        EventEnvelope event = EventEnvelope.of(UUID.randomUUID().toString(), "/careervault/test", time, userId, data);
        producer.send(new ProducerRecord<>(Topics.EVENTS, userId, codec.encode(event)), (metadata, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("could not publish the source's jobs", failure);
            }
        });
    }
}
