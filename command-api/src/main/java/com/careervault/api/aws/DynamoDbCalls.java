package com.careervault.api.aws;

import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.InvalidRequestException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runs a DynamoDB call of the API and says whose fault a failure is:
 * <ul>
 * <li>no answer in time, no connection, a 5xx, or throttling (what the SDK
 * counts as throttling, after its own retries): the store is unavailable,
 * {@link DependencyUnavailableException} (503 with {@code Retry-After});</li>
 * <li>{@code ValidationException} (400 from DynamoDB) on a request that carries
 * a value the client sent: {@link InvalidRequestException} on that field (400);</li>
 * <li>anything else ({@code ValidationException} on a request built only from
 * our own values, a missing table, denied access): our fault, passed on, and
 * answered 500 by {@code ProblemResponses}.</li>
 * </ul>
 * Error codes: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
public final class DynamoDbCalls {

    private DynamoDbCalls() {
    }

    /**
     * @param store what to call the store in a 503 ("job store")
     * @param clientField the request field (query parameter, path segment) whose value this DynamoDB
     *        request carries, or null when it carries nothing the client sent
     */
    public static <T> Mono<T> call(String store, String clientField, Supplier<CompletableFuture<T>> request) {
        return unwrapped(request).onErrorMap(e -> translate(store, clientField, e));
    }

    /**
     * Runs a request of a guard table (reservations, single-use ids, quotas), whose failed condition is an
     * answer for the caller: {@code ConditionalCheckFailedException} passes on as it is, to be read with
     * {@code onErrorResume}; any other SDK failure (including a refused request) is the store unavailable,
     * {@link DependencyUnavailableException} (503). Failures that are not the SDK's pass on unchanged.
     *
     * @param store what to call the store in a 503 ("quota store")
     */
    public static <T> Mono<T> conditionalCall(String store, Supplier<CompletableFuture<T>> request) {
        return unwrapped(request).onErrorMap(
                e -> e instanceof SdkException && !(e instanceof ConditionalCheckFailedException),
                e -> new DependencyUnavailableException(store, e));
    }

    /** The SDK's async client fails its future with a CompletionException around the real failure. */
    private static <T> Mono<T> unwrapped(Supplier<CompletableFuture<T>> request) {
        return Mono.fromFuture(request)
                .onErrorMap(CompletionException.class, e -> e.getCause() == null ? e : e.getCause());
    }

    static Throwable translate(String store, String clientField, Throwable failure) {
        if (isUnavailable(failure)) {
            return new DependencyUnavailableException(store, failure);
        }
        if (isValidation(failure)) {
            return clientField == null
                    ? new IllegalStateException("The " + store + " refused a request built by the API", failure)
                    : new InvalidRequestException(clientField, "is not valid for this request");
        }
        return failure;
    }

    /** Timeouts, connection failures, 5xx and throttling: worth retrying later. */
    public static boolean isUnavailable(Throwable failure) {
        return failure instanceof SdkClientException
                || (failure instanceof AwsServiceException service
                        && (service.isThrottlingException() || service.statusCode() >= 500));
    }

    private static boolean isValidation(Throwable failure) {
        return failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && "ValidationException".equals(service.awsErrorDetails().errorCode());
    }
}
