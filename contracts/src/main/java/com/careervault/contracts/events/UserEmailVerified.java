package com.careervault.contracts.events;

/** The user proved they read mail at {@code email} (the signed link); held reminders may now go out. */
public record UserEmailVerified(String userId, String email) implements UserEvent {

    public UserEmailVerified {
        Require.text(userId, "user_id");
        Require.text(email, "email");
    }
}
