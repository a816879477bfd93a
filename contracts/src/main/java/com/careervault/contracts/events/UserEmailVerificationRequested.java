package com.careervault.contracts.events;

/**
 * The user asked for a new verification link (the first one goes out on {@link UserRegistered} or
 * {@link UserEmailChanged}); the notifier sends it to {@code email}, the address it must verify.
 */
public record UserEmailVerificationRequested(String userId, String email) implements UserEvent {

    public UserEmailVerificationRequested {
        Require.text(userId, "user_id");
        Require.text(email, "email");
    }
}
