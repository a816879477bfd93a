package com.careervault.projector.insights;

import com.careervault.projector.readmodel.ProjectionOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what happens to analytics records: {@code careervault.projector.insights{outcome=...}}, kept apart
 * from the event log's {@code careervault.projector.events} so each stream's figures stay its own.
 */
@Component
class InsightsMetrics {

    private final Counter applied;
    private final Counter skipped;
    private final Counter unknownType;
    private final Counter deadLettered;

    InsightsMetrics(MeterRegistry registry) {
        this.applied = outcome(registry, "applied");
        this.skipped = outcome(registry, "skipped");
        this.unknownType = outcome(registry, "unknown-type");
        this.deadLettered = outcome(registry, "dead-lettered");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("careervault.projector.insights").tag("outcome", outcome)
                .description("statistics records read from the analytics topic, by what became of them")
                .register(registry);
    }

    void record(ProjectionOutcome outcome) {
        (outcome == ProjectionOutcome.APPLIED ? applied : skipped).increment();
    }

    void unknownType() {
        unknownType.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }
}
