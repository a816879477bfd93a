package com.careervault.enricher.enrichment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The enricher's counters: {@code careervault.enricher.events{outcome}} per event (or, for a resume change,
 * per job it concerns) — {@code enriched} (a provider was asked and a result appended), {@code memo-hit} (the
 * memo's result reused, or the read model already shows it), {@code skipped-outdated} (the read model shows
 * a newer description or a deleted job), {@code ignored} (not a trigger, or a deleted user's), {@code
 * dead-lettered}; {@code careervault.enricher.provider.calls{provider,outcome}} per provider call ({@code ok},
 * or the degraded reason); {@code careervault.enricher.transient.failures} per retried DynamoDB or data-key
 * call; {@code careervault.enricher.sweep.jobs} per {@code JobEnriched} the provider sweep appended.
 */
@Component
public class EnricherMetrics {

    public static final String EVENTS = "careervault.enricher.events";
    public static final String PROVIDER_CALLS = "careervault.enricher.provider.calls";
    public static final String SWEPT_JOBS = "careervault.enricher.sweep.jobs";

    private final MeterRegistry registry;
    private final Counter transientFailures;
    private final Counter sweptJobs;

    public EnricherMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.transientFailures = Counter.builder("careervault.enricher.transient.failures")
                .description("DynamoDB or data-key calls that failed and were retried").register(registry);
        this.sweptJobs = Counter.builder(SWEPT_JOBS)
                .description("JobEnriched events appended by the provider sweep").register(registry);
    }

    public void sweptJobs(int appended) {
        sweptJobs.increment(appended);
    }

    public void event(String outcome) {
        registry.counter(EVENTS, "outcome", outcome).increment();
    }

    public void providerCall(String provider, String outcome) {
        registry.counter(PROVIDER_CALLS, "provider", provider, "outcome", outcome).increment();
    }

    public void transientFailure() {
        transientFailures.increment();
    }
}
