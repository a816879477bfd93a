package com.careervault.contracts.contacts;

/**
 * The limits of a contact's fields (text in code points after NFC, as {@code UnicodeText.length} counts),
 * shared by the API and the event schemas.
 */
public final class ContactLimits {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 200;
    public static final int COMPANY_MAX = 200;
    /** RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most 254 characters. */
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 50;
    /** An absolute http(s) URL (see {@code JobFieldLimits.HTTP_URL}). */
    public static final int PROFILE_URL_MAX = 2048;
    public static final int NOTES_MAX = 5000;
    /** Jobs one contact may be linked to. */
    public static final int JOBS_MAX = 50;
    /** Contacts one user may keep: the search reads them all in one query. */
    public static final int PER_USER_MAX = 1000;

    private ContactLimits() {
    }
}
