package com.careervault.contracts.events;

/**
 * Someone asked to reset this user's password; the notifier sends {@code email} a signed, expiring link
 * that carries {@code resetId}, which the API accepts once. The event carries no secret: the link's
 * signature needs the link secret, which only the services hold.
 *
 * @param reason {@link #MOVED_ACCOUNT} when the account was moved from the old system (its password could
 *        not move: the user sets one with a longer-lived link); absent for a "forgot password" request
 */
public record UserPasswordResetRequested(String userId, String email, String resetId, String reason)
        implements UserEvent {

    public static final String MOVED_ACCOUNT = "moved-account";

    public UserPasswordResetRequested {
        Require.text(userId, "user_id");
        Require.text(email, "email");
        Require.text(resetId, "reset_id");
    }

    /** A "forgot password" request. */
    public UserPasswordResetRequested(String userId, String email, String resetId) {
        this(userId, email, resetId, null);
    }

    /** Whether this asks a moved account's owner to set a first password (not to reset a forgotten one). */
    public boolean forMovedAccount() {
        return MOVED_ACCOUNT.equals(reason);
    }
}
