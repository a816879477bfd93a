package com.careervault.contracts.events;

/** A record on the event topic that is not a valid CareerVault event. Never retried: it goes to a dead-letter topic. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
