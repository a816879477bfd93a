package com.careervault.projector.readmodel;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** How the projector reads a failed DynamoDB call. */
public final class DynamoDbFailures {

    private DynamoDbFailures() {
    }

    /** The exception a future failed with, without the wrappers CompletableFuture adds. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The condition did not hold: the event is already applied or stale. Not an error. */
    public static boolean isConditionFailed(Throwable failure) {
        return unwrap(failure) instanceof ConditionalCheckFailedException;
    }

    /**
     * DynamoDB refused the request itself (400 ValidationException, e.g. an item
     * over 400 KB): retrying can never succeed, so the record is dead-lettered.
     * Every other failure (throttling, 5xx, timeouts, refused connections, and
     * also missing tables or denied access, which an operator can fix) is retried.
     */
    public static boolean isRejected(Throwable failure) {
        return unwrap(failure) instanceof DynamoDbException dynamoDb
                && dynamoDb.awsErrorDetails() != null
                && "ValidationException".equals(dynamoDb.awsErrorDetails().errorCode());
    }

    /** Failures worth retrying: everything that is neither a failed condition nor a rejected request. */
    public static boolean isTransient(Throwable failure) {
        Throwable cause = unwrap(failure);
        return (cause instanceof SdkClientException || cause instanceof DynamoDbException)
                && !isConditionFailed(cause) && !isRejected(cause);
    }
}
