package com.careervault.contracts.events;

/**
 * The user's password was changed ({@code reason}: {@code changed} with the current password, or
 * {@code reset} through an emailed link); the notifier tells the account's address, so that an owner
 * who did not do it finds out.
 */
public record UserPasswordChanged(String userId, String reason) implements UserEvent {

    public static final String CHANGED = "changed";
    public static final String RESET = "reset";

    public UserPasswordChanged {
        Require.text(userId, "user_id");
        Require.text(reason, "reason");
    }
}
