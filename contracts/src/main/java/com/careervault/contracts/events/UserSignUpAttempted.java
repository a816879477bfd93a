package com.careervault.contracts.events;

/**
 * Someone tried to sign up with {@code email}, which already belongs to this user. Sign-up answers
 * the same as for a new address (it must not reveal who has an account); the owner is told by email
 * instead, at most once in a while (the notifier decides how often).
 */
public record UserSignUpAttempted(String userId, String email) implements UserEvent {

    public UserSignUpAttempted {
        Require.text(userId, "user_id");
        Require.text(email, "email");
    }
}
