package com.careervault.enricher.eventlog;

import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.enricher.enrichment.EnricherMetrics;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Retries a DynamoDB call or a data-key read in place, with exponential back-off, for up to
 * {@link EnricherProperties#retryGiveUpAfter()}; then throws {@link EnrichmentUnavailableException} and the
 * poll is redelivered. Other failures pass through unchanged.
 */
@Component
public class TransientRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    private final EnricherProperties properties;
    private final EnricherMetrics metrics;

    public TransientRetry(EnricherProperties properties, EnricherMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    public <T> T call(String what, Supplier<T> call) {
        long deadline = System.nanoTime() + properties.retryGiveUpAfter().toNanos();
        long delayMillis = properties.retryInitialInterval().toMillis();
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                if (!isTransient(cause)) {
                    throw e;
                }
                metrics.transientFailure();
                if (System.nanoTime() + delayMillis * 1_000_000 > deadline) {
                    throw new EnrichmentUnavailableException(cause);
                }
                log.warn("{} failed ({}); retrying in {} ms", what, cause.toString(), delayMillis);
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new EnrichmentUnavailableException(interrupted);
                }
                delayMillis = Math.min(delayMillis * 2, properties.retryMaxInterval().toMillis());
            }
        }
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The data keys unreachable, or any DynamoDB failure but a refused request (400 ValidationException) or a
     * failed condition (which callers handle): throttling, 5xx, timeouts, refused connections, and missing
     * tables or denied access, which an operator can fix.
     */
    private static boolean isTransient(Throwable cause) {
        if (cause instanceof DataKeysUnavailableException || cause instanceof SdkClientException) {
            return true;
        }
        if (cause instanceof DynamoDbException dynamoDb) {
            String code = dynamoDb.awsErrorDetails() == null ? "" : dynamoDb.awsErrorDetails().errorCode();
            return !"ValidationException".equals(code) && !"ConditionalCheckFailedException".equals(code);
        }
        return false;
    }
}
