package com.careervault.api.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A calendar subscription secret: {@value #BYTES} random bytes from {@link SecureRandom} (256 bits; the issue
 * asks for at least 128), written base64url without padding, so {@value #LENGTH} characters of
 * {@code [A-Za-z0-9_-]} that need no escaping in a URL path. It is the only credential of the public feed
 * (calendar apps send no headers), so it is shown once and kept only as its {@link #hash(String) SHA-256}.
 */
final class FeedSecret {

    static final int BYTES = 32;
    static final int LENGTH = 43;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} could be a secret this API made: the right length and alphabet. */
    static boolean wellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }

    /** SHA-256 of the secret's (ASCII) text, base64url without padding: what the table keeps. */
    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
