package com.careervault.contracts.events;

/** A user signed up; the notifier takes the reminder address from here. */
public record UserRegistered(String userId, String username, String email, String givenName, String familyName)
        implements UserEvent {

    public UserRegistered {
        Require.text(userId, "user_id");
        Require.text(username, "username");
        Require.text(email, "email");
    }
}
