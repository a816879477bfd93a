package com.careervault.api.quotas;

import com.careervault.api.problems.Problems;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The account creates jobs faster than allowed: 429 Too Many Requests (RFC 6585 §4) with
 * {@code Retry-After} in whole seconds, problem type {@code https://careervault.dev/problems/create-rate-exceeded}
 * with {@code limit}, {@code period_seconds}, {@code burst} and {@code retry_after_seconds}. Nothing was recorded.
 */
public class CreateRateExceededException extends ErrorResponseException {

    public CreateRateExceededException(QuotaProperties.CreateRate rate, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(rate, seconds(retryAfter)), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
    }

    /** Whole seconds, rounded up and at least 1: a client retrying then is admitted if nothing else arrived. */
    static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static ProblemDetail problem(QuotaProperties.CreateRate rate, long retryAfterSeconds) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "create-rate-exceeded",
                "Too many jobs created: at most " + rate.limit() + " per " + rate.period().toSeconds()
                        + " s (bursts of up to " + rate.burst() + "); nothing was recorded. Retry after "
                        + retryAfterSeconds + " s.");
        problem.setProperty("limit", rate.limit());
        problem.setProperty("period_seconds", rate.period().toSeconds());
        problem.setProperty("burst", rate.burst());
        problem.setProperty("retry_after_seconds", retryAfterSeconds);
        return problem;
    }
}
