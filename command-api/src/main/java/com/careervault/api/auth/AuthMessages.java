package com.careervault.api.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The bodies the identity endpoints answer with (snake_case on the wire). */
final class AuthMessages {

    private AuthMessages() {
    }

    record SignedUp(String userId, String username, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tokens(String accessToken, String idToken, String refreshToken, long expiresIn, String tokenType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Profile(String userId, String username, String email, String givenName, String familyName,
            Boolean emailVerified) {
    }

    record LoggedOut(boolean revoked) {
    }
}
