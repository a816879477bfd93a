package com.careervault.contracts.events;

/**
 * The user deleted their account. The Cognito user and the user's data key are gone when this is in the
 * log: the projector removes every item of the user, the notifier drops the user's state and sends nothing
 * more, and the analytics topic gets a tombstone (a {@code null} value under the user's key). Every
 * earlier event of the user whose personal fields were encrypted can no longer be read; consumers treat
 * such an event as belonging to a deleted user.
 */
public record UserDeleted(String userId) implements UserEvent {

    public UserDeleted {
        Require.text(userId, "user_id");
    }
}
