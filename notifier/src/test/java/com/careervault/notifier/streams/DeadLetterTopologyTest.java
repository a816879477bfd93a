package com.careervault.notifier.streams;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.newJobId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.nio.charset.StandardCharsets;
import com.careervault.contracts.events.EventEnvelope;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Unreadable records go to the notifier's dead-letter topic and the stream carries on. */
class DeadLetterTopologyTest {

    @Test
    void poisonRecordsAreDeadLetteredWithTheReasonAndProcessingContinues() {
        try (NotifierDriver driver = new NotifierDriver()) {
            Events user = Events.forNewUser();
            byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
            driver.sendRaw(user.userId(), poison);
            driver.sendRaw(user.userId(), "{\"specversion\":\"1.0\",\"type\":\"careervault.job.exploded.v1\"}"
                    .getBytes(StandardCharsets.UTF_8));
            driver.send(user, user.registered("jane@example.com"));
            driver.send(user, created(newJobId(), JobStatus.Applied));
            driver.advance(Duration.ofDays(7));

            TestRecord<String, byte[]> first = driver.deadLetters().readRecord();
            assertThat(first.key()).isEqualTo(user.userId());
            assertThat(first.value()).isEqualTo(poison);
            Headers headers = first.headers();
            assertThat(header(headers, DeadLetterHeaders.REASON)).startsWith("not JSON");
            assertThat(header(headers, DeadLetterHeaders.EXCEPTION))
                    .isEqualTo("com.careervault.contracts.events.EventFormatException");
            assertThat(header(headers, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo(Topics.EVENTS);
            assertThat(header(headers, DeadLetterHeaders.ORIGIN_PARTITION)).isEqualTo("0");
            assertThat(header(headers, DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("0");
            assertThat(header(driver.deadLetters().readRecord().headers(), DeadLetterHeaders.EXCEPTION))
                    .endsWith("UnknownEventTypeException");
            assertThat(driver.deadLetters().isEmpty()).isTrue();

            assertThat(driver.mailer().sent()).hasSize(1);
        }
    }

    @Test
    void anEventWhoseStateWouldBeTooLargeIsDeadLetteredAndTheNextRecordOfThePartitionIsProcessed() {
        try (NotifierDriver driver = new NotifierDriver()) {
            Events big = Events.forNewUser();
            Events other = Events.forNewUser();
            driver.send(other, other.registered("other@example.com"));
            driver.userStats().readRecordsToList();
            // readable, but the reminders' record of this job would be over RecordSizeLimit.DEFAULT (256 KiB)
            String huge = "Fakeco ".repeat(300 * 1024 / 7);
            EventEnvelope oversized = driver.send(big, created(newJobId(), JobStatus.Applied, huge, null, null, null));
            driver.send(other, created(newJobId(), JobStatus.Applied));
            driver.advance(Duration.ofDays(7));

            TestRecord<String, byte[]> letter = driver.deadLetters().readRecord();
            assertThat(letter.key()).isEqualTo(big.userId());
            assertThat(driver.codec().decode(letter.value())).isEqualTo(oversized);
            assertThat(header(letter.headers(), DeadLetterHeaders.REASON))
                    .startsWith("reminders: a TrackedJob state record would be ")
                    .endsWith("bytes, over the notifier's limit of 262144 bytes");
            assertThat(header(letter.headers(), DeadLetterHeaders.EXCEPTION))
                    .isEqualTo(RecordTooLargeToWriteException.class.getName());
            assertThat(header(letter.headers(), DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("1");
            assertThat(driver.deadLetters().isEmpty()).isTrue();

            // the statistics processor, which keeps no company name, still counted the job
            List<String> stats = driver.userStats().readRecordsToList().stream().map(TestRecord::value).toList();
            assertThat(stats).hasSize(2);
            assertThat(driver.codec().mapper().readTree(stats.get(0)).get("userid").asString()).isEqualTo(big.userId());
            // the next record of the same partition was processed: stats and the other user's reminder
            JsonNode next = driver.codec().mapper().readTree(stats.get(1));
            assertThat(next.get("userid").asString()).isEqualTo(other.userId());
            assertThat(next.get("data").get("total_jobs").asInt()).isEqualTo(1);
            assertThat(driver.mailer().sent()).hasSize(1);
            assertThat(driver.mailer().sent().get(0).to()).isEqualTo("other@example.com");
        }
    }

    @Test
    void aDeadLetterThatWouldBeOverTheBrokersLimitKeepsTheOriginButNotTheValue() {
        try (NotifierDriver driver = new NotifierDriver()) {
            Events user = Events.forNewUser();
            byte[] poison = new byte[1_000_000];
            Arrays.fill(poison, (byte) '{');
            driver.sendRaw(user.userId(), poison);
            driver.send(user, user.registered("jane@example.com"));

            TestRecord<String, byte[]> letter = driver.deadLetters().readRecord();
            assertThat(letter.value()).isNull();
            assertThat(header(letter.headers(), "careervault.dlt.value-omitted")).isEqualTo("1000000");
            assertThat(header(letter.headers(), DeadLetterHeaders.ORIGIN_OFFSET)).isEqualTo("0");
            assertThat(header(letter.headers(), DeadLetterHeaders.EXCEPTION))
                    .isEqualTo("com.careervault.contracts.events.EventFormatException");
            assertThat(driver.userStats().readRecordsToList()).hasSize(1);
        }
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
