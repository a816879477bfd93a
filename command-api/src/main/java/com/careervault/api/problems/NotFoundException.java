package com.careervault.api.problems;

/** The resource does not exist for this caller (unknown, deleted, or someone else's: indistinguishable by design). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
