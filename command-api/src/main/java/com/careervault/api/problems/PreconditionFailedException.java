package com.careervault.api.problems;

/** A conditional request whose condition is false (RFC 9110 §15.5.13): answered 412 with the current ETag. */
public class PreconditionFailedException extends RuntimeException {

    private final String field;
    private final String currentEtag;

    public PreconditionFailedException(String field, String message, String currentEtag) {
        super(message);
        this.field = field;
        this.currentEtag = currentEtag;
    }

    public String field() {
        return field;
    }

    public String currentEtag() {
        return currentEtag;
    }
}
