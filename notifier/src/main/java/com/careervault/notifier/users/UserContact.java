package com.careervault.notifier.users;

import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.identity.Identifiers;

/**
 * What the notifier keeps about a user: where to send reminders and which ones they want.
 * Either part may be missing if events arrive in an unusual order (preferences before
 * registration); missing preferences mean the defaults.
 */
public record UserContact(String email, String givenName, ReminderPreferences preferences) {

    public static UserContact registered(UserContact existing, UserRegistered event) {
        ReminderPreferences preferences = existing == null ? null : existing.preferences();
        // reminders go to the canonical address, the one sign-up and login compare against
        return new UserContact(Identifiers.canonicalEmail(event.email()), event.givenName(), preferences);
    }

    public static UserContact withPreferences(UserContact existing, UserPreferencesChanged event) {
        return existing == null
                ? new UserContact(null, null, event.preferences())
                : new UserContact(existing.email(), existing.givenName(), event.preferences());
    }

    public ReminderPreferences effectivePreferences() {
        return preferences == null ? ReminderPreferences.defaults() : preferences;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
