package com.careervault.contracts.events;

import java.util.List;

/** A contact's whole state, as {@link ContactAdded} and {@link ContactChanged} carry it. */
public sealed interface ContactDetails extends UserEvent permits ContactAdded, ContactChanged {

    String userId();

    String contactId();

    String name();

    String role();

    String company();

    String email();

    String phone();

    String profileUrl();

    String notes();

    /** The user's jobs this contact is linked to, possibly empty. */
    List<String> jobIds();
}
