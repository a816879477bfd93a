package com.careervault.api.problems;

/**
 * The caller is signed in but did not prove what the operation needs (the account's password to delete
 * it); answered 403 with the field at fault. Not 401: the access token is fine, and a client that signs the
 * user out on 401 must not do so here.
 */
public class ForbiddenException extends RuntimeException {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
