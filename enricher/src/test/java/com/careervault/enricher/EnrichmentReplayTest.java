package com.careervault.enricher;

import static com.careervault.enricher.EventLog.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.devstack.DevStackInitializer;
import com.careervault.enricher.EventLog.Appended;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second enricher, in a consumer group of its own, reads the whole log again, as an operator's replay
 * would (or a redelivery after a crash): it must ask no provider and append nothing that the read model
 * already shows.
 */
@EnricherTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichmentReplayTest {

    @Autowired
    private EventCodec codec;
    @Autowired
    private TestProviders providers;

    private EventLog log;
    private final Tables tables = new Tables();

    @BeforeAll
    void open() {
        log = new EventLog(codec);
    }

    @AfterAll
    void close() {
        log.close();
        tables.close();
    }

    @Test
    void aReplayInAnotherConsumerGroupCallsNoProviderAndAppendsNoDuplicate() {
        String user = newId();
        String job = newId();
        String description = "A posting enriched once, replayed once.";
        tables.putResume(user, "A resume that stays the same.");
        RecordMetadata created = log.publish(user, EnrichmentFlowTest.job(job, "Once Ltd", "Engineer", description));
        Appended first = await().atMost(Duration.ofSeconds(30)).until(() -> log.enrichedOf(user), e -> e.size() == 1)
                .get(0);
        // what the projector writes for the job and its result
        tables.putJob(user, job, "Once Ltd", "Engineer", description, Instant.now(), first.record().partition(),
                first.record().offset(), first.event().id());
        assertThat(providers.calls(description)).isEqualTo(1);

        String group = "careervault-enricher-replay-" + newId();
        try (ConfigurableApplicationContext replay = EnricherApplication.application()
                .profiles("devstack")
                .initializers(new DevStackInitializer(), new TestProviders.Initializer(providers))
                .run("--careervault.enricher.group-id=" + group, "--spring.main.banner-mode=off",
                        "--" + EnricherTest.RATE_LIMIT, "--" + EnricherTest.CALL_TIMEOUT, "--" + EnricherTest.NO_SWEEP,
                        "--spring.kafka.consumer.properties.default.api.timeout.ms=5000")) {
            // an event after the job's, on the same partition: once the replay has committed past it, it is done
            RecordMetadata marker = log.publish(user, new JobDeleted(newId()));
            assertThat(marker.partition()).isEqualTo(created.partition());
            await().atMost(Duration.ofSeconds(60)).until(() -> EventLog.committed(group, marker.partition()) > marker.offset());
        }

        assertThat(providers.calls(description)).isEqualTo(1);
        List<Appended> after = log.enrichedOf(user);
        assertThat(after).extracting(a -> a.event().id()).containsExactly(first.event().id());
    }
}
