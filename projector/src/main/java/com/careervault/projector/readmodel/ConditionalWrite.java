package com.careervault.projector.readmodel;

import java.util.concurrent.CompletableFuture;

/** Turns the result of a conditional write into what became of the event. */
public final class ConditionalWrite {

    private ConditionalWrite() {
    }

    /**
     * Success is {@link ProjectionOutcome#APPLIED}; a failed condition means
     * "already applied or stale", so {@link ProjectionOutcome#SKIPPED}, not an
     * error; any other failure is passed on unwrapped.
     */
    public static CompletableFuture<ProjectionOutcome> outcomeOf(CompletableFuture<?> write) {
        return write.handle((ignored, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(ProjectionOutcome.APPLIED);
            }
            if (DynamoDbFailures.isConditionFailed(failure)) {
                return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
            }
            return CompletableFuture.<ProjectionOutcome>failedFuture(DynamoDbFailures.unwrap(failure));
        }).thenCompose(outcome -> outcome);
    }
}
