package com.careervault.api.events;

import java.time.Duration;

/** Kafka did not acknowledge in time: nothing was published, the client should retry later. */
public class EventLogUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public EventLogUnavailableException(Duration retryAfter, Throwable cause) {
        super("the event log is unavailable", cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
