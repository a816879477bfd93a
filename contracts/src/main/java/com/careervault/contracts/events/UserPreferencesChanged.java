package com.careervault.contracts.events;

/** A user changed their reminder preferences; the whole new set is carried, not a diff. */
public record UserPreferencesChanged(String userId, ReminderPreferences preferences) implements UserEvent {

    public UserPreferencesChanged {
        Require.text(userId, "user_id");
        Require.present(preferences, "preferences");
    }
}
