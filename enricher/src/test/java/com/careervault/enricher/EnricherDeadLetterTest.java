package com.careervault.enricher;

import static com.careervault.enricher.EventLog.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventFormatException;
import com.careervault.contracts.kafka.DeadLetterHeaders;
import com.careervault.contracts.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@EnricherTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnricherDeadLetterTest {

    @Autowired
    private EventCodec codec;

    private EventLog log;

    @BeforeAll
    void open() {
        log = new EventLog(codec);
    }

    @AfterAll
    void close() {
        log.close();
    }

    @Test
    void anUnreadableRecordGoesToTheEnrichersDeadLetterTopicWithTheReasonAndTheNextRecordsAreEnriched() {
        String user = newId();
        byte[] poison = "this is not an event {".getBytes(StandardCharsets.UTF_8);
        RecordMetadata unreadable = log.publishRaw(user, poison);
        String job = newId();
        log.publish(user, EnrichmentFlowTest.job(job, "After Poison Ltd", "Engineer", "A posting after the poison."));

        await().atMost(Duration.ofSeconds(30)).until(() -> log.enrichedOf(user), e -> e.size() == 1);
        ConsumerRecord<byte[], byte[]> deadLetter = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetterOf(unreadable), Optional::isPresent).get();
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo(user);
        assertThat(header(deadLetter, DeadLetterHeaders.REASON)).contains("not JSON");
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo(EventFormatException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_TOPIC)).isEqualTo(Topics.EVENTS);
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN_PARTITION))
                .isEqualTo(Integer.toString(unreadable.partition()));
    }

    private static Optional<ConsumerRecord<byte[], byte[]>> deadLetterOf(RecordMetadata origin) {
        List<ConsumerRecord<byte[], byte[]>> letters = EventLog.records(Topics.EVENTS_ENRICHER_DLT);
        return letters.stream()
                .filter(letter -> Integer.toString(origin.partition())
                        .equals(header(letter, DeadLetterHeaders.ORIGIN_PARTITION))
                        && Long.toString(origin.offset()).equals(header(letter, DeadLetterHeaders.ORIGIN_OFFSET)))
                .findFirst();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
