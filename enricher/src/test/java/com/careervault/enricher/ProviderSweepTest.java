package com.careervault.enricher;

import static com.careervault.enricher.EventLog.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.devstack.DevStackInitializer;
import com.careervault.enricher.EventLog.Appended;
import com.careervault.enricher.enrichment.EnricherMetrics;
import com.careervault.enricher.sweep.ProviderSweep;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An enricher started with another provider than the one the jobs' results came from computes them again
 * (docs/enricher.md, "Changing the provider"). The sweeping enricher is a context of its own whose listener
 * does not start, so everything it appends is the sweep's; the shared context (sweep off) only lends its codec.
 */
@EnricherTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSweepTest {

    private static final int JOBS = 5;

    @Autowired
    private EventCodec codec;

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
    void aNewProviderComputesEveryJobWithAnotherProvidersResultOnceAndARestartWithItSweepsNothing() throws Exception {
        // as before the first start of an enricher that sweeps: no provider recorded
        tables.deleteMarker();
        String user = newId();
        String resume = "Backend engineer, six years of Java.";
        String resumeHash = EnrichmentInputs.hash(resume);
        tables.putResume(user, resume);
        List<String> jobs = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < JOBS; i++) {
            String job = newId();
            String description = description(user, i);
            String inputHash = EnrichmentInputs.inputHash(EnrichmentInputs.hash(description), resumeHash);
            tables.putEnrichedJob(user, job, description, now.minusSeconds(i), AiProviders.LEXICAL,
                    EnrichmentInputs.eventId(job, inputHash, AiProviders.LEXICAL));
            jobs.add(job);
        }
        // a job without a result yet: its trigger is still ahead in the log, not the first sweep's business
        String pendingUser = newId();
        String pendingJob = newId();
        tables.putJob(pendingUser, pendingJob, "Later Ltd", "Engineer", "Pending posting " + pendingUser, now, 0, 0,
                null);
        String newJob = newId();
        TestProviders openAi = new TestProviders(AiProviders.OPENAI_COMPATIBLE);
        try {
            try (ConfigurableApplicationContext enricher = enricher(openAi)) {
                ProviderSweep.Outcome outcome = enricher.getBean(ProviderSweep.class).completion()
                        .get(120, TimeUnit.SECONDS);
                assertThat(outcome).isEqualTo(new ProviderSweep.Outcome(true, 1, JOBS));
                assertThat(enricher.getBean(MeterRegistry.class).get(EnricherMetrics.SWEPT_JOBS).counter().count())
                        .isEqualTo(JOBS);
            }

            List<Appended> enriched = log.enrichedOf(user);
            assertThat(enriched).hasSize(JOBS);
            assertThat(enriched).extracting(a -> a.data().jobId()).containsExactlyInAnyOrderElementsOf(jobs);
            for (Appended appended : enriched) {
                String job = appended.data().jobId();
                String description = description(user, jobs.indexOf(job));
                String descriptionHash = EnrichmentInputs.hash(description);
                String inputHash = EnrichmentInputs.inputHash(descriptionHash, resumeHash);
                assertThat(appended.event().id())
                        .isEqualTo(EnrichmentInputs.eventId(job, inputHash, AiProviders.OPENAI_COMPATIBLE));
                assertThat(new String(appended.record().key(), StandardCharsets.UTF_8)).isEqualTo(user);
                // not degraded: the fifth call waited for the rate limit (4 a minute) instead of giving up
                assertThat(appended.data()).isEqualTo(new JobEnriched(job, inputHash, descriptionHash, resumeHash,
                        AiProviders.OPENAI_COMPATIBLE, TestProviders.MODEL, false, null,
                        "Summary of Engineer at Co " + job, List.of("java", "kafka"), resume.length(),
                        List.of("resume of " + resume.length()), List.of("others: " + (JOBS - 1))));
                assertThat(openAi.calls(description)).isEqualTo(1);
            }
            assertThat(log.enrichedOf(pendingUser)).isEmpty();
            assertThat(openAi.calls("Pending posting " + pendingUser)).isZero();
            assertThat(tables.markedProvider()).isEqualTo(AiProviders.OPENAI_COMPATIBLE);

            try (ConfigurableApplicationContext restarted = enricher(openAi)) {
                assertThat(restarted.getBean(ProviderSweep.class).completion().get(60, TimeUnit.SECONDS))
                        .isEqualTo(new ProviderSweep.Outcome(false, 0, 0));
            }
            for (int i = 0; i < JOBS; i++) {
                assertThat(openAi.calls(description(user, i))).isEqualTo(1);
            }
            assertThat(log.enrichedOf(user)).hasSize(JOBS);

            // another provider recorded (a sweep back to it, or a sweep that stopped before recording): every job
            // not showing this provider's result is computed, a job without a result included; the read model
            // here (no projector) still shows the lexical results, so those are appended again, from the memo
            tables.putMarker(AiProviders.LEXICAL);
            String newDescription = description(user, JOBS);
            tables.putJob(user, newJob, "Co " + newJob, "Engineer", newDescription, now.plusSeconds(1), 0, 0, null);
            try (ConfigurableApplicationContext again = enricher(openAi)) {
                assertThat(again.getBean(ProviderSweep.class).completion().get(120, TimeUnit.SECONDS).swept()).isTrue();
            }
            List<Appended> all = log.enrichedOf(user);
            assertThat(all).hasSize(2 * JOBS + 1);
            assertThat(all.subList(JOBS, all.size())).extracting(a -> a.data().jobId())
                    .containsExactlyInAnyOrderElementsOf(concat(jobs, newJob));
            assertThat(all.stream().map(a -> a.event().id()).distinct()).hasSize(JOBS + 1);
            assertThat(all).allSatisfy(a -> assertThat(a.data().provider()).isEqualTo(AiProviders.OPENAI_COMPATIBLE));
            assertThat(openAi.calls(newDescription)).isEqualTo(1);
            for (int i = 0; i < JOBS; i++) {
                assertThat(openAi.calls(description(user, i))).isEqualTo(1);
            }
            assertThat(tables.markedProvider()).isEqualTo(AiProviders.OPENAI_COMPATIBLE);
        } finally {
            // leave no recorded provider and no other provider's results for the other tests' enrichers
            tables.deleteMarker();
            jobs.forEach(job -> tables.deleteJob(user, job));
            tables.deleteJob(user, newJob);
            tables.deleteJob(pendingUser, pendingJob);
        }
    }

    private static List<String> concat(List<String> jobs, String job) {
        List<String> all = new ArrayList<>(jobs);
        all.add(job);
        return all;
    }

    private static String description(String user, int i) {
        return "Sweep posting " + i + " of " + user + ": Java and Kafka.";
    }

    /** An enricher with {@code providers}, the sweep on and the listener off. */
    private static ConfigurableApplicationContext enricher(TestProviders providers) {
        return EnricherApplication.application()
                .profiles("devstack")
                .initializers(new DevStackInitializer(), new TestProviders.Initializer(providers))
                .run("--spring.kafka.listener.auto-startup=false", "--spring.main.banner-mode=off",
                        "--careervault.enricher.provider-sweep=true", "--" + EnricherTest.RATE_LIMIT,
                        "--" + EnricherTest.CALL_TIMEOUT, "--careervault.enricher.retry-give-up-after=3s",
                        "--spring.kafka.consumer.properties.default.api.timeout.ms=5000");
    }
}
