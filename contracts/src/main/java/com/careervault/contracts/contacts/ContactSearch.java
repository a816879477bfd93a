package com.careervault.contracts.contacts;

import com.careervault.contracts.text.UnicodeText;
import java.util.Locale;

/**
 * The case-insensitive form of a contact's name and company ({@code name_key}, {@code company_key} of
 * {@code ReadModel.Contacts}) and of a search for them: trimmed, NFC, lower-cased in {@link Locale#ROOT}. The
 * projector writes it and the API compares with it, so both must use this one definition.
 */
public final class ContactSearch {

    private ContactSearch() {
    }

    /** The search key of {@code text}; null for null. */
    public static String key(String text) {
        return text == null ? null : UnicodeText.nfc(text.strip()).toLowerCase(Locale.ROOT);
    }
}
