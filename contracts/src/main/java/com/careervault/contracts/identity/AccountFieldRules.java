package com.careervault.contracts.identity;

/**
 * The rules of an account's fields at sign-up, shared by the API's {@code POST /auth/signup} and the MongoDB
 * migration, which creates accounts too. Usernames and emails are checked in their canonical form
 * ({@link Identifiers}); lengths are in code points.
 */
public final class AccountFieldRules {

    /** A canonical username: 3-64 lower-case letters, digits, '.', '_' or '-' (so never an '@'). */
    public static final String USERNAME = "[a-z0-9._-]{3,64}";
    public static final String USERNAME_MESSAGE = "must be 3-64 letters, digits, '.', '_' or '-'";
    /** An email address: something, one '@', a domain with a dot; no white space. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final String EMAIL_MESSAGE = "must be an email address";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;

    private AccountFieldRules() {
    }
}
