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
import java.time.Duration;
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

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
