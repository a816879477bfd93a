package com.careervault.api.sessions;

import com.careervault.contracts.dynamodb.SessionsTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A session is named by the SHA-256 of its refresh token (base64url): the refresh
 * token itself is a credential and is never stored, and on AWS it is opaque, so
 * nothing is read from inside it.
 */
final class SessionId {

    private SessionId() {
    }

    static String of(String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return SessionsTable.SESSION_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
