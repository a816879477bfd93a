package com.careervault.contracts.events;

/**
 * Someone asked to reset this user's password; the notifier sends {@code email} a signed, expiring link
 * that carries {@code resetId}, which the API accepts once. The event carries no secret: the link's
 * signature needs the link secret, which only the services hold.
 */
public record UserPasswordResetRequested(String userId, String email, String resetId) implements UserEvent {

    public UserPasswordResetRequested {
        Require.text(userId, "user_id");
        Require.text(email, "email");
        Require.text(resetId, "reset_id");
    }
}
