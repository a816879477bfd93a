package com.careervault.api.auth;

/** Sign-in failed. One message for every cause, so that callers cannot probe which usernames exist. */
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String message) {
        super(message);
    }
}
