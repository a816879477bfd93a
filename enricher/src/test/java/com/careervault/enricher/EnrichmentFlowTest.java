package com.careervault.enricher;

import static com.careervault.enricher.EventLog.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.privacy.DataKeys;
import io.micrometer.core.instrument.MeterRegistry;
import com.careervault.enricher.EventLog.Appended;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@EnricherTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichmentFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private EventCodec codec;
    @Autowired
    private TestProviders providers;
    @Autowired
    private DataKeys dataKeys;
    @Autowired
    private MeterRegistry meters;

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
    void aJobCreatedWithADescriptionIsEnrichedWithTheUsersResumeAndAppendedOnItsUsersPartition() {
        String user = newId();
        String job = newId();
        String resume = "Backend engineer: Java, Kafka, DynamoDB.\nEight years of event-driven services.";
        String description = "Acme is hiring a backend engineer.\nYou know Java and Kafka.";
        tables.putResume(user, resume);

        RecordMetadata created = log.publish(user, job(job, "Acme", "Backend Engineer", description));

        List<Appended> enriched = await().atMost(WAIT).until(() -> log.enrichedOf(user), events -> events.size() == 1);
        Appended appended = enriched.get(0);
        String descriptionHash = EnrichmentInputs.hash(description);
        String resumeHash = EnrichmentInputs.hash(resume);
        String inputHash = EnrichmentInputs.inputHash(descriptionHash, resumeHash);
        String eventId = EnrichmentInputs.eventId(job, inputHash, AiProviders.GEMINI);
        assertThat(appended.event().id()).isEqualTo(eventId);
        assertThat(appended.event().source()).isEqualTo("/careervault/enricher");
        assertThat(appended.event().subject()).isEqualTo(job);
        assertThat(appended.event().userid()).isEqualTo(user);
        assertThat(appended.event().type()).isEqualTo("careervault.job.enriched.v1");
        assertThat(new String(appended.record().key(), StandardCharsets.UTF_8)).isEqualTo(user);
        assertThat(appended.record().partition()).isEqualTo(created.partition());
        assertThat(appended.data()).isEqualTo(new JobEnriched(job, inputHash, descriptionHash, resumeHash,
                AiProviders.GEMINI, TestProviders.MODEL, false, null, "Summary of Backend Engineer at Acme",
                List.of("java", "kafka"), resume.length(), List.of("resume of " + resume.length()),
                List.of("others: 0")));
        // the personal fields are encrypted in the log, as in every producer's events
        assertThat(new String(appended.record().value(), StandardCharsets.UTF_8))
                .doesNotContain("Summary of").contains("encrypted_fields").contains(inputHash);
        assertThat(providers.calls(description)).isEqualTo(1);
        assertThat(tables.memo(user)).containsExactly(eventId);
    }

    @Test
    void jobsWithoutADescriptionCallForNothing() {
        String user = newId();
        log.publish(user, new JobCreated(newId(), "Quiet Co", "Clerk", JobStatus.Applied, null, null, null, null,
                null, null, null, null));
        String job = newId();
        log.publish(user, job(job, "Loud Co", "Announcer", "Speak clearly into microphones."));

        List<Appended> enriched = await().atMost(WAIT).until(() -> log.enrichedOf(user), events -> !events.isEmpty());
        assertThat(enriched).extracting(appended -> appended.data().jobId()).containsExactly(job);
        assertThat(enriched.get(0).data().matchScore()).isNull();
        assertThat(enriched.get(0).data().resumeHash()).isNull();
        assertThat(enriched.get(0).data().strengths()).isEmpty();
        assertThat(enriched.get(0).data().gaps()).isEmpty();
    }

    @Test
    void aResumeChangeComputesEveryLiveJobWithADescriptionAgainWithTheNewResume() {
        String user = newId();
        String first = newId();
        String second = newId();
        String firstDescription = "Platform engineer for payment systems.";
        String secondDescription = "Data engineer for stream processing.";
        Instant now = Instant.now();
        tables.putJob(user, first, "Pay Ltd", "Platform Engineer", firstDescription, now.minusSeconds(60), 0, 0, null);
        tables.putJob(user, second, "Stream Inc", "Data Engineer", secondDescription, now, 0, 1, null);
        String resume = "Short resume.";
        tables.putResume(user, resume);

        log.publish(user, new UserResumeChanged(user, EnrichmentInputs.hash(resume), resume.length()));

        List<Appended> firstRound = await().atMost(WAIT).until(() -> log.enrichedOf(user), e -> e.size() == 2);
        // newest job first
        assertThat(firstRound).extracting(a -> a.data().jobId()).containsExactly(second, first);
        assertThat(firstRound).allSatisfy(a -> {
            assertThat(a.data().matchScore()).isEqualTo(resume.length());
            assertThat(a.data().resumeHash()).isEqualTo(EnrichmentInputs.hash(resume));
            assertThat(a.data().gaps()).containsExactly("others: 1");
            assertThat(a.data().degraded()).isFalse();
        });
        assertThat(firstRound.get(1).data().descriptionHash()).isEqualTo(EnrichmentInputs.hash(firstDescription));
        assertThat(firstRound.get(1).data().summary()).isEqualTo("Summary of Platform Engineer at Pay Ltd");

        String longer = "A much longer resume: Kafka, Flink, Java, Python, SQL, payments.";
        tables.putResume(user, longer);
        log.publish(user, new UserResumeChanged(user, EnrichmentInputs.hash(longer), longer.length()));

        List<Appended> both = await().atMost(WAIT).until(() -> log.enrichedOf(user), e -> e.size() == 4);
        assertThat(both.subList(2, 4)).allSatisfy(a -> {
            assertThat(a.data().matchScore()).isEqualTo(longer.length());
            assertThat(a.data().resumeHash()).isEqualTo(EnrichmentInputs.hash(longer));
        });
        assertThat(both.stream().map(a -> a.event().id()).collect(Collectors.toSet())).hasSize(4);
        assertThat(providers.calls(firstDescription)).isEqualTo(2);
        assertThat(providers.calls(secondDescription)).isEqualTo(2);
    }

    @Test
    void aFailingProviderGivesTheLexicalResultMarkedDegradedWithTheReason() {
        String user = newId();
        String job = newId();
        String description = "Site reliability engineer " + TestProviders.FAIL;

        log.publish(user, job(job, "Flaky Corp", "SRE", description));

        JobEnriched result = await().atMost(WAIT).until(() -> log.enrichedOf(user), e -> e.size() == 1).get(0).data();
        assertThat(result.degraded()).isTrue();
        assertThat(result.degradedReason()).isEqualTo("provider-error");
        assertThat(result.provider()).isEqualTo(AiProviders.GEMINI);
        assertThat(result.model()).isEqualTo(TestProviders.LEXICAL_MODEL);
        assertThat(result.summary()).isEqualTo("Offline summary");
        assertThat(result.requiredSkills()).containsExactly("lexical");
        assertThat(result.matchScore()).isNull();
        assertThat(providers.calls(description)).isEqualTo(1);
    }

    @Test
    void aProviderSlowerThanTheCallTimeoutGivesTheLexicalResultMarkedTimeout() {
        String user = newId();
        String description = "Patient engineer " + TestProviders.SLOW;

        log.publish(user, job(newId(), "Slow Corp", "Engineer", description));

        JobEnriched result = await().atMost(WAIT).until(() -> log.enrichedOf(user), e -> e.size() == 1).get(0).data();
        assertThat(result.degraded()).isTrue();
        assertThat(result.degradedReason()).isEqualTo("timeout");
        assertThat(result.model()).isEqualTo(TestProviders.LEXICAL_MODEL);
    }

    @Test
    void overTheRateLimitTheResultIsTheLexicalOneMarkedRateLimited() {
        // EnricherTest.RATE_LIMIT: 4 calls per user per minute
        String user = newId();
        double rateLimitedBefore = rateLimited();
        for (int i = 1; i <= 5; i++) {
            log.publish(user, job("job-" + i + "-" + user, "Busy " + i, "Engineer", "Posting number " + i + " " + user));
        }

        List<Appended> enriched = await().atMost(WAIT).until(() -> log.enrichedOf(user), e -> e.size() == 5);
        assertThat(enriched).extracting(a -> a.data().degradedReason())
                .containsExactly(null, null, null, null, "rate-limited");
        assertThat(enriched.get(4).data().model()).isEqualTo(TestProviders.LEXICAL_MODEL);
        assertThat(enriched.get(4).data().provider()).isEqualTo(AiProviders.GEMINI);
        assertThat(providers.calls("Posting number 5 " + user)).isZero();
        assertThat(providers.calls("Posting number 4 " + user)).isEqualTo(1);
        assertThat(rateLimited()).isEqualTo(rateLimitedBefore + 1);
    }

    @Test
    void aResumeChangeOfADeletedUserComputesAndRemembersNothing() {
        String user = newId();
        String job = newId();
        String description = "A posting whose user deletes the account.";
        tables.putJob(user, job, "Late Ltd", "Engineer", description, Instant.now(), 0, 0, null);
        dataKeys.keyFor(user);
        // what the command API does when the account is deleted (the projector erases the jobs later)
        dataKeys.delete(user);
        RecordMetadata changed = log.publish(user, new UserResumeChanged(user, null, null));

        await().atMost(WAIT).until(() -> EventLog.committed("careervault-enricher", changed.partition())
                > changed.offset());
        assertThat(providers.calls(description)).isZero();
        assertThat(tables.memo(user)).isEmpty();
    }

    private double rateLimited() {
        var counter = meters.find("careervault.enricher.provider.calls").tags("provider", AiProviders.GEMINI,
                "outcome", "rate-limited").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void userDeletedDeletesTheUsersRememberedResults() {
        String user = newId();
        String other = newId();
        log.publish(user, job(newId(), "Gone Ltd", "Engineer", "A posting of a user who leaves."));
        log.publish(other, job(newId(), "Stay Ltd", "Engineer", "A posting of a user who stays."));
        await().atMost(WAIT).until(() -> tables.memo(user).size() == 1 && tables.memo(other).size() == 1);

        log.publish(user, new UserDeleted(user));

        await().atMost(WAIT).until(() -> tables.memo(user).isEmpty());
        assertThat(tables.memo(other)).hasSize(1);
    }

    static JobCreated job(String jobId, String company, String position, String description) {
        return new JobCreated(jobId, company, position, JobStatus.Applied, null, null, null, null, null, null, null,
                null, null, description);
    }
}
