package com.careervault.notifier.accounts;

/** The emails about an account; the slug names the templates under {@code /mail}. */
public enum AccountEmail {
    /** "Confirm your address": a VERIFY_EMAIL link, to the address to verify (verified or not). */
    VERIFY_EMAIL("verify-email"),
    /** "Reset your password": a RESET_PASSWORD link; sent to unverified addresses too, the link proves the mailbox. */
    RESET_PASSWORD("reset-password"),
    /**
     * "Your account has moved: set your password": a RESET_PASSWORD link with the longer moved-account
     * lifetime, for an account the migration brought from the old system (its password could not move).
     */
    SET_PASSWORD("set-password"),
    /** "Your password was changed": to a verified address only. */
    PASSWORD_CHANGED("password-changed"),
    /** "Someone tried to sign up with your address": to a verified address only, throttled per user. */
    SIGN_UP_ATTEMPTED("sign-up-attempted");

    private final String slug;

    AccountEmail(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
