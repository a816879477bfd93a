package com.careervault.api.sessions;

import com.careervault.contracts.dynamodb.SessionsTable;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What the session check needs from a verified access token: whose it is, the key
 * of its session mapping and when it expires. On AWS every access token of one
 * sign-in carries that sign-in's {@code origin_jti}, so one mapping serves the whole
 * session; cognito-local has no {@code origin_jti}, so each token's {@code jti} is mapped.
 * {@code mappingKey} is null for a token that has neither.
 */
public record IssuedToken(String userId, String mappingKey, Instant expiresAt) {

    public static IssuedToken of(Jwt token) {
        String origin = token.getClaimAsString("origin_jti");
        String jti = token.getId();
        String key = origin != null && !origin.isBlank() ? SessionsTable.ORIGIN_PREFIX + origin
                : jti != null && !jti.isBlank() ? SessionsTable.TOKEN_PREFIX + jti : null;
        return new IssuedToken(token.getSubject(), key, token.getExpiresAt());
    }

    /** A token with neither {@code origin_jti} nor {@code jti} cannot belong to a recorded session. */
    boolean identifiable() {
        return mappingKey != null;
    }
}
