package com.careervault.projector.readmodel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Repeats a DynamoDB call while it fails transiently, with exponential back-off, up to a time budget. */
@Component
public class TransientFailureRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientFailureRetry.class);

    private final RetryProperties properties;
    private final ProjectionMetrics metrics;

    public TransientFailureRetry(RetryProperties properties, ProjectionMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    public <T> CompletableFuture<T> call(String what, Supplier<CompletableFuture<T>> call) {
        long deadline = System.nanoTime() + properties.giveUpAfter().toNanos();
        return attempt(what, call, properties.initialInterval().toMillis(), deadline);
    }

    private <T> CompletableFuture<T> attempt(String what, Supplier<CompletableFuture<T>> call, long delayMillis,
            long deadline) {
        return call.get().handle((result, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(result);
            }
            if (!DynamoDbFailures.isTransient(failure)) {
                return CompletableFuture.<T>failedFuture(DynamoDbFailures.unwrap(failure));
            }
            metrics.transientFailure();
            if (System.nanoTime() + delayMillis * 1_000_000 > deadline) {
                // out of budget here: the poll fails and is redelivered as a whole
                return CompletableFuture.<T>failedFuture(DynamoDbFailures.unwrap(failure));
            }
            log.warn("{} failed ({}); retrying in {} ms", what, DynamoDbFailures.unwrap(failure).toString(),
                    delayMillis);
            long nextDelay = Math.min(delayMillis * 2, properties.maxInterval().toMillis());
            return CompletableFuture.runAsync(() -> { },
                            CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> attempt(what, call, nextDelay, deadline));
        }).thenCompose(future -> future);
    }
}
