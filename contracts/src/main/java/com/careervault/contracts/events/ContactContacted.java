package com.careervault.contracts.events;

import java.time.Instant;

/**
 * The user was in touch with a contact at {@code contactedAt} (the "contacted" action); the contact's
 * {@code last_contacted_at} becomes the latest of these and of its held interviews.
 */
public record ContactContacted(String userId, String contactId, Instant contactedAt) implements UserEvent {

    public ContactContacted {
        Require.text(userId, "user_id");
        Require.text(contactId, "contact_id");
        Require.present(contactedAt, "contacted_at");
    }
}
