package com.careervault.api.contacts;

import com.careervault.contracts.time.Timestamps;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Revision;
import ezvcard.property.Uid;
import java.util.List;

/**
 * Contacts as vCard 4.0 (RFC 6350), written by ez-vcard (never by hand): one {@code VCARD} per contact with
 * {@code UID} {@code urn:uuid:<contact_id>}, {@code FN} the name, {@code TITLE} the role, {@code ORG} the company,
 * {@code EMAIL}, {@code TEL} (as text: it is entered free-form), {@code URL} the profile, {@code NOTE} the notes
 * and {@code REV} the last change. The job links and {@code last_contacted_at} are CareerVault's own and stay out.
 */
final class ContactCards {

    /** RFC 6350 §10.1. */
    static final String MEDIA_TYPE = "text/vcard";

    private ContactCards() {
    }

    /** One vCard file holding every contact given, in that order; an empty file for none. */
    static String write(List<ContactView> contacts) {
        if (contacts.isEmpty()) {
            return "";
        }
        return Ezvcard.write(contacts.stream().map(ContactCards::card).toList())
                .version(VCardVersion.V4_0)
                .prodId(false)
                .go();
    }

    static VCard card(ContactView contact) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setUid(new Uid("urn:uuid:" + contact.contactId()));
        card.setFormattedName(contact.name());
        if (contact.role() != null) {
            card.addTitle(contact.role());
        }
        if (contact.company() != null) {
            card.setOrganization(contact.company());
        }
        if (contact.email() != null) {
            card.addEmail(contact.email());
        }
        if (contact.phone() != null) {
            card.addTelephoneNumber(contact.phone());
        }
        if (contact.profileUrl() != null) {
            card.addUrl(contact.profileUrl());
        }
        if (contact.notes() != null) {
            card.addNote(contact.notes());
        }
        String changed = contact.updatedAt() != null ? contact.updatedAt() : contact.createdAt();
        if (changed != null) {
            card.setRevision(new Revision(Timestamps.parse(changed)));
        }
        return card;
    }
}
