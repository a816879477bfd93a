package com.careervault.contracts.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule by which CareerVault compares the identifiers people type:
 * emails and usernames. Every place that stores, looks up or compares one
 * (sign-up, login, uniqueness checks, the Users table's {@code email-index},
 * the notifier's mail address, future email reservations) uses the canonical
 * form returned here, never the raw input.
 * <p>
 * Canonical form: surrounding white space removed ({@link String#strip()}),
 * Unicode NFC (UAX #15), lower-cased with {@link Locale#ROOT} (so a Turkish
 * default locale cannot turn {@code I} into a dotless {@code ı}), then NFC
 * again, because lower-casing can undo normalisation. The function is
 * idempotent: {@code canonical(canonical(x)).equals(canonical(x))}.
 * <p>
 * This is lower-casing, not full case folding: {@code STRASSE} and
 * {@code straße} stay different, as they do in Cognito's case-insensitive pools.
 * See docs/identity.md.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The canonical form of an email address; {@code null} stays {@code null}. */
    public static String canonicalEmail(String email) {
        return canonical(email);
    }

    /** The canonical form of a username; {@code null} stays {@code null}. */
    public static String canonicalUsername(String username) {
        return canonical(username);
    }

    private static String canonical(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        return Normalizer.normalize(normalized.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
