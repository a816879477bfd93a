package com.careervault.api.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The pool's password policy (8+ characters with upper, lower, digit and
 * symbol), checked by the API itself: cognito-local does not enforce it, and
 * one clear message beats Cognito's.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** What the password lacks; empty when it complies. */
    static List<String> shortcomings(String password) {
        List<String> missing = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            missing.add("at least " + MIN_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            missing.add("an upper-case letter");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            missing.add("a lower-case letter");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            missing.add("a digit");
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            missing.add("a symbol");
        }
        return missing;
    }
}
