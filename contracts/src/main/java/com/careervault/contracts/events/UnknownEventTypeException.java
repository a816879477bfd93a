package com.careervault.contracts.events;

/** The envelope's {@code type} names no event this version knows. */
public class UnknownEventTypeException extends EventFormatException {

    private final String type;

    public UnknownEventTypeException(String type) {
        super("unknown event type '" + type + "'");
        this.type = type;
    }

    public String type() {
        return type;
    }
}
