package com.careervault.migration;

import com.careervault.contracts.identity.AccountFieldRules;
import com.careervault.contracts.identity.Identifiers;
import java.util.Set;
import org.bson.Document;

/**
 * A user of the old system, checked by the API's sign-up rules ({@link AccountFieldRules}): the username and
 * email in their canonical form ({@link Identifiers}).
 *
 * <p>Mapping: {@code _id} → the event ids; {@code username}, {@code email} → the Cognito user's and
 * {@code UserRegistered}'s; {@code given_name}/{@code first_name} and {@code family_name}/{@code last_name} →
 * the names ({@code full_name} → the given name when neither is there). The password hash
 * ({@code hashed_password}, {@code password_hash}, {@code password}) is dropped: Cognito cannot take a hash, so
 * the account gets a random password and its owner a set-your-password link. Any other field is reported.
 */
record OldUser(String mongoId, String username, String email, String givenName, String familyName) {

    static final Set<String> PASSWORD_HASH_FIELDS = Set.of("hashed_password", "password_hash", "password");
    private static final Set<String> KNOWN = Set.of("_id", "username", "email", "given_name", "family_name",
            "first_name", "last_name", "full_name", "hashed_password", "password_hash", "password");

    static Mapped<OldUser> map(Document document) {
        DocumentFields fields = new DocumentFields(document);
        String id = fields.id();
        // the username pattern bounds its length
        String username = fields.text("username", Integer.MAX_VALUE, true);
        String email = fields.text("email", AccountFieldRules.EMAIL_MAX, true);
        String givenName = first(fields.text("given_name", AccountFieldRules.NAME_MAX, false),
                fields.text("first_name", AccountFieldRules.NAME_MAX, false));
        String familyName = first(fields.text("family_name", AccountFieldRules.NAME_MAX, false),
                fields.text("last_name", AccountFieldRules.NAME_MAX, false));
        String fullName = fields.text("full_name", AccountFieldRules.NAME_MAX, false);
        if (givenName == null && familyName == null) {
            givenName = fullName;
        }
        username = Identifiers.canonicalUsername(username);
        email = Identifiers.canonicalEmail(email);
        if (username != null && !username.matches(AccountFieldRules.USERNAME)) {
            fields.problem("'username' " + AccountFieldRules.USERNAME_MESSAGE);
        }
        if (email != null && !email.matches(AccountFieldRules.EMAIL)) {
            fields.problem("'email' " + AccountFieldRules.EMAIL_MESSAGE);
        }
        String shownId = id != null ? id : String.valueOf(document.get("_id"));
        if (!fields.problems().isEmpty()) {
            return new Mapped.Rejected<>(shownId, String.join("; ", fields.problems()));
        }
        return new Mapped.Accepted<>(id, new OldUser(id, username, email, givenName, familyName),
                fields.unmapped(KNOWN));
    }

    /** Whether the old document had a password hash (dropped; counted in the summary). */
    static boolean hadPasswordHash(Document document) {
        return PASSWORD_HASH_FIELDS.stream().anyMatch(document::containsKey);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
