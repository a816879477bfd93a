package com.careervault.contracts.events;

import java.util.List;

/** A contact's details or job links changed: the event carries the contact's whole new state. */
public record ContactChanged(String userId, String contactId, String name, String role, String company,
        String email, String phone, String profileUrl, String notes, List<String> jobIds) implements ContactDetails {

    public ContactChanged {
        Require.text(userId, "user_id");
        Require.text(contactId, "contact_id");
        Require.text(name, "name");
        jobIds = jobIds == null ? List.of() : List.copyOf(jobIds);
    }
}
