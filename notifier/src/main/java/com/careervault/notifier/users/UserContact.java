package com.careervault.notifier.users;

import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.identity.Identifiers;

/**
 * What the notifier keeps about a user: where to send reminders, whether that address is verified and
 * which reminders they want. Either part may be missing if events arrive in an unusual order
 * (preferences before registration); missing preferences mean the defaults.
 *
 * @param emailVerified whether {@code email} is verified; {@code null} in contacts stored before
 *        verification existed, whose addresses came from trusted registrations (see {@link #verified()})
 */
public record UserContact(String email, String givenName, ReminderPreferences preferences, Boolean emailVerified) {

    /**
     * The contact after a registration. A repeated registration (a duplicate delivery, a replay) changes
     * nothing: a user registers once, and a second copy must not undo a later verification or email change.
     */
    public static UserContact registered(UserContact existing, UserRegistered event) {
        if (existing != null && existing.hasEmail()) {
            return existing;
        }
        ReminderPreferences preferences = existing == null ? null : existing.preferences();
        // reminders go to the canonical address, the one sign-up and login compare against
        return new UserContact(Identifiers.canonicalEmail(event.email()), event.givenName(), preferences,
                event.emailTrusted());
    }

    public static UserContact withPreferences(UserContact existing, UserPreferencesChanged event) {
        return existing == null
                ? new UserContact(null, null, event.preferences(), null)
                : new UserContact(existing.email(), existing.givenName(), event.preferences(), existing.emailVerified());
    }

    /** Verified, if {@code event} is about the current address; a link for a former address verifies nothing. */
    public static UserContact emailVerified(UserContact existing, UserEmailVerified event) {
        if (existing == null || !existing.isCurrent(event.email())) {
            return existing;
        }
        return new UserContact(existing.email(), existing.givenName(), existing.preferences(), true);
    }

    /** The new address, unverified: reminders are held again until it is verified. */
    public static UserContact emailChanged(UserContact existing, UserEmailChanged event) {
        String email = Identifiers.canonicalEmail(event.email());
        return existing == null
                ? new UserContact(email, null, null, false)
                : new UserContact(email, existing.givenName(), existing.preferences(), false);
    }

    public ReminderPreferences effectivePreferences() {
        return preferences == null ? ReminderPreferences.defaults() : preferences;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** Whether mail other than a verification or reset link may go to {@link #email()}. */
    public boolean verified() {
        return emailVerified == null || emailVerified;
    }

    /** Whether {@code address} (any spelling) is this contact's current address. */
    public boolean isCurrent(String address) {
        return hasEmail() && email.equals(Identifiers.canonicalEmail(address));
    }
}
