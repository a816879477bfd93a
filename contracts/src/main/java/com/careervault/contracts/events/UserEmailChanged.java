package com.careervault.contracts.events;

/**
 * The user changed their address to {@code email}, which is unverified from now on: reminders are held
 * until it is verified, and the notifier sends the new address a verification link.
 */
public record UserEmailChanged(String userId, String email, String previousEmail) implements UserEvent {

    public UserEmailChanged {
        Require.text(userId, "user_id");
        Require.text(email, "email");
    }
}
