package com.careervault.api.ratelimits;

import com.careervault.api.problems.Problems;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rate limit is used up: 429 Too Many Requests (RFC 6585 section 4) as an RFC 9457 problem of type
 * {@code https://careervault.dev/problems/rate-limited}, with {@code Retry-After} (RFC 9110 section 10.2.3) in
 * whole seconds and the same number as {@code retry_after_seconds} in the body. Nothing was done.
 */
public class RateLimitedException extends ErrorResponseException {

    static final String TYPE = "rate-limited";

    private final long retryAfterSeconds;

    /**
     * @param what       what was refused, for the detail ("Too many failed sign-ins for this account")
     * @param limit      the limit, for the detail ("at most 5 within 15 min")
     * @param retryAfter how long until a retry can succeed; rounded up to whole seconds, at least 1
     */
    public RateLimitedException(String what, String limit, Duration retryAfter) {
        this(what, limit, seconds(retryAfter));
    }

    private RateLimitedException(String what, String limit, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(what, limit, retryAfterSeconds), null);
        this.retryAfterSeconds = retryAfterSeconds;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }

    /** Whole seconds to wait: rounded up, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static ProblemDetail problem(String what, String limit, long retryAfterSeconds) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, TYPE, what + " (" + limit
                + "); nothing was done. Retry after " + retryAfterSeconds + " s.");
        problem.setProperty("retry_after_seconds", retryAfterSeconds);
        return problem;
    }
}
