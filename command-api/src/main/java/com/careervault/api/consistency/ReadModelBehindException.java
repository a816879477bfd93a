package com.careervault.api.consistency;

import java.time.Duration;

/** The projector had not caught up with the caller's events within the bound: answered 503 with Retry-After. */
public class ReadModelBehindException extends RuntimeException {

    private final Duration retryAfter;

    public ReadModelBehindException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
