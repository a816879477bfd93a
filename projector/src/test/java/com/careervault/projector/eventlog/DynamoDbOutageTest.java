package com.careervault.projector.eventlog;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.Dynalite;
import com.careervault.projector.EventLogWriter;
import com.careervault.projector.Events;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.ReadModelReader;
import com.careervault.projector.readmodel.ProjectionMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ProjectorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = DevStack.BACKENDS_PROPERTY, matches = "testcontainers",
        disabledReason = "stops the embedded server, which Docker backends replace")
class DynamoDbOutageTest {

    private final EventLogWriter log = new EventLogWriter();
    private final ReadModelReader readModel = new ReadModelReader();

    @Autowired
    ProjectionMetrics metrics;

    @AfterAll
    void close() {
        log.close();
        readModel.close();
    }

    @Test
    void nothingIsLostWhileDynamoDbIsFrozenForTenSeconds() {
        Dynalite dynalite = DevStack.shared().dynalite();
        List<String> users = List.of(newId(), newId(), newId(), newId());
        String firstJob = newId();
        log.publish(event(users.get(0), Instant.now(), Events.fullJob(firstJob)));
        await().atMost(Duration.ofSeconds(15)).until(() -> !readModel.job(users.get(0), firstJob).isEmpty());

        List<Expected> expected = new ArrayList<>();
        double appliedBefore = metrics.appliedCount();
        double failuresBefore = metrics.transientFailureCount();
        dynalite.suspend();
        try {
            Instant time = Instant.now();
            expected.add(new Expected(users.get(0), firstJob, log.publish(event(users.get(0), time,
                    new JobStatusChanged(firstJob, JobStatus.Applied, JobStatus.Screening))), "Screening"));
            for (String user : users) {
                String job = newId();
                log.publish(event(user, time, Events.fullJob(job)));
                log.publish(event(user, time.plusSeconds(1),
                        new JobStatusChanged(job, JobStatus.Applied, JobStatus.Interviewing)));
                expected.add(new Expected(user, job, log.publish(event(user, time.plusSeconds(2),
                        new JobStatusChanged(job, JobStatus.Interviewing, JobStatus.Offer))), "Offer"));
            }
            // nothing counts as applied while DynamoDB is frozen...
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(12))
                    .until(() -> metrics.appliedCount() == appliedBefore);
            // ...and the calls failed (timed out) rather than hung
            assertThat(metrics.transientFailureCount()).isGreaterThan(failuresBefore);
        } finally {
            dynalite.resume();
        }

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            for (Expected job : expected) {
                Map<String, AttributeValue> item = readModel.job(job.user(), job.job());
                assertThat(item.get(Position.OFFSET))
                        .isEqualTo(AttributeValue.fromN(Long.toString(job.last().offset())));
                assertThat(item.get(Jobs.STATUS)).isEqualTo(AttributeValue.fromS(job.status()));
            }
        });
        for (Expected job : expected) {
            List<String> history = readModel.job(job.user(), job.job()).get(Jobs.STATUS_HISTORY).l().stream()
                    .map(entry -> entry.m().get("status").s()).toList();
            // each stage exactly once, in order, despite the retries and the redelivered poll
            assertThat(history).containsExactlyElementsOf(job.status().equals("Offer")
                    ? List.of("Applied", "Interviewing", "Offer") : List.of("Applied", "Screening"));
        }
    }

    private record Expected(String user, String job, RecordMetadata last, String status) {
    }
}
