package com.careervault.contracts.events;

/** The user removed a contact; interviews that named it keep its id but no longer show it. */
public record ContactRemoved(String userId, String contactId) implements UserEvent {

    public ContactRemoved {
        Require.text(userId, "user_id");
        Require.text(contactId, "contact_id");
    }
}
