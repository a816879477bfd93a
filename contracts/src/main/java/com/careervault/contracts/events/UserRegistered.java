package com.careervault.contracts.events;

/**
 * A user signed up; the notifier takes the reminder address from here.
 *
 * @param emailVerified whether the address was verified at sign-up: {@code false} since sign-up stopped
 *        trusting addresses (the notifier then sends the verification link); absent ({@code null}) in events
 *        written before that, whose accounts were created verified and stay so
 */
public record UserRegistered(String userId, String username, String email, String givenName, String familyName,
        Boolean emailVerified) implements UserEvent {

    public UserRegistered {
        Require.text(userId, "user_id");
        Require.text(username, "username");
        Require.text(email, "email");
    }

    /** An event as written before sign-up stopped trusting addresses (no {@code email_verified}). */
    public UserRegistered(String userId, String username, String email, String givenName, String familyName) {
        this(userId, username, email, givenName, familyName, null);
    }

    /** The address counts as verified: marked so, or registered before verification existed. */
    public boolean emailTrusted() {
        return emailVerified == null || emailVerified;
    }
}
