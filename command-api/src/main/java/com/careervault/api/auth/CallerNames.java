package com.careervault.api.auth;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who the caller of an endpoint that needs an access token is, in Cognito's terms. */
public final class CallerNames {

    private CallerNames() {
    }

    /** The token's {@code username} claim (Cognito access tokens have one), else its subject. */
    public static String username(Jwt token) {
        String username = token.getClaimAsString("username");
        return username == null ? token.getSubject() : username;
    }
}
