package com.careervault.contracts.events;

import java.util.List;

/**
 * The user recorded a person met in their search (a recruiter, an interviewer, a referrer). Every field but
 * the ids and {@code name} is absent when not given. The contact's details are a third party's personal data:
 * encrypted in the log under the user's data key, never logged, erased with the account.
 *
 * @param jobIds the user's jobs the contact is linked to (at most 50), possibly empty
 */
public record ContactAdded(String userId, String contactId, String name, String role, String company, String email,
        String phone, String profileUrl, String notes, List<String> jobIds) implements ContactDetails {

    public ContactAdded {
        Require.text(userId, "user_id");
        Require.text(contactId, "contact_id");
        Require.text(name, "name");
        jobIds = jobIds == null ? List.of() : List.copyOf(jobIds);
    }
}
