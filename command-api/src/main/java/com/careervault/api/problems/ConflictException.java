package com.careervault.api.problems;

/** The request clashes with existing state (a taken username, a reused idempotency key); answered 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
