package com.careervault.projector.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what happens to events: {@code careervault.projector.events{outcome=...}}; and of the enricher's
 * results ({@code JobEnriched}), how many were kept on their job and how many ignored because the job no
 * longer has the description they were computed from (changed, cleared, deleted, or never seen):
 * {@code careervault.projector.enrichments{outcome=kept|ignored}}.
 */
@Component
public class ProjectionMetrics {

    private final Counter applied;
    private final Counter skipped;
    private final Counter deadLettered;
    private final Counter erased;
    private final Counter transientFailures;
    private final Counter enrichmentsKept;
    private final Counter enrichmentsIgnored;

    public ProjectionMetrics(MeterRegistry registry) {
        this.applied = outcome(registry, "applied");
        this.skipped = outcome(registry, "skipped");
        this.deadLettered = outcome(registry, "dead-lettered");
        // events whose personal fields can no longer be decrypted: their user's data key was deleted
        this.erased = outcome(registry, "erased");
        this.transientFailures = Counter.builder("careervault.projector.dynamodb.transient-failures")
                .description("DynamoDB calls that failed transiently (throttling, 5xx, timeouts) and will be repeated")
                .register(registry);
        this.enrichmentsKept = enrichment(registry, "kept");
        this.enrichmentsIgnored = enrichment(registry, "ignored");
    }

    private static Counter enrichment(MeterRegistry registry, String outcome) {
        return Counter.builder("careervault.projector.enrichments").tag("outcome", outcome)
                .description("the enricher's results, by whether they are kept on their job").register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("careervault.projector.events").tag("outcome", outcome)
                .description("events read from the log, by what became of them").register(registry);
    }

    public void record(ProjectionOutcome outcome) {
        (outcome == ProjectionOutcome.APPLIED ? applied : skipped).increment();
    }

    /** Events skipped without a write: {@code count} events of deleted users. */
    public void skipped(int count) {
        skipped.increment(count);
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void erased() {
        erased.increment();
    }

    public double erasedCount() {
        return erased.count();
    }

    /** A {@code JobEnriched} result stored on its job. */
    public void enrichmentKept() {
        enrichmentsKept.increment();
    }

    /** A {@code JobEnriched} result not stored: its job has another description, none, or is gone. */
    public void enrichmentIgnored() {
        enrichmentsIgnored.increment();
    }

    public double enrichmentsKeptCount() {
        return enrichmentsKept.count();
    }

    public double enrichmentsIgnoredCount() {
        return enrichmentsIgnored.count();
    }

    public void transientFailure() {
        transientFailures.increment();
    }

    public double appliedCount() {
        return applied.count();
    }

    public double skippedCount() {
        return skipped.count();
    }

    public double deadLetteredCount() {
        return deadLettered.count();
    }

    public double transientFailureCount() {
        return transientFailures.count();
    }
}
