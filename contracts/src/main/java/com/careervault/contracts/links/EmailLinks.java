package com.careervault.contracts.links;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tokens in the links CareerVault emails: "verify this address", "reset your password" and
 * "turn reminders off". The notifier signs them and the command API checks them with the same shared
 * secret, so a link works without signing in and cannot be forged, moved to another purpose or kept
 * past its expiry.
 *
 * <p>A token is a compact JWS (RFC 7515) with HMAC-SHA256 ({@code HS256}, RFC 7518 §3.2) over JWT
 * claims (RFC 7519): {@code aud} = the {@link Purpose}, {@code sub} = the user id, {@code email} = the
 * address the link was sent to, {@code jti} = a nonce or the reset id, {@code exp}. The address is in the
 * token so that a link only acts for the address it was mailed to: after an email change, old links
 * are refused.
 */
public final class EmailLinks {

    /** HS256 needs a key of at least 256 bits (RFC 7518 §3.2). */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String ISSUER = "careervault";
    private static final String EMAIL = "email";

    /** What a link does; a token signed for one purpose is refused for every other. */
    public enum Purpose {
        VERIFY_EMAIL("verify-email"),
        RESET_PASSWORD("reset-password"),
        UNSUBSCRIBE("unsubscribe");

        private final String audience;

        Purpose(String audience) {
            this.audience = audience;
        }

        /** The {@code aud} claim, also the web app's path of the link ({@code /verify-email?token=}). */
        public String audience() {
            return audience;
        }
    }

    /**
     * What a token says.
     *
     * @param userId the account's {@code sub}
     * @param email the address the link was sent to, canonical form
     * @param id a nonce, or the reset id of a password reset (accepted once)
     * @param expiresAt after this instant the link is refused (whole seconds)
     */
    public record Link(Purpose purpose, String userId, String email, String id, Instant expiresAt) {
    }

    private final MACSigner signer;
    private final MACVerifier verifier;

    /**
     * @param secret the shared link secret (env {@code REMINDER_LINK_SECRET})
     * @throws IllegalArgumentException when it is shorter than {@link #MIN_SECRET_BYTES} bytes in UTF-8
     */
    public EmailLinks(String secret) {
        byte[] key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the link secret (REMINDER_LINK_SECRET) must have at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable link secret", e);
        }
    }

    /** The token for {@code link}, URL-safe as it is (base64url parts joined by dots). */
    public String sign(Link link) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(link.purpose().audience())
                .subject(link.userId())
                .claim(EMAIL, link.email())
                .jwtID(link.id())
                .expirationTime(Date.from(link.expiresAt()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    /**
     * The link a token stands for, or empty when it is malformed, forged, signed with another algorithm,
     * meant for another purpose, or expired at {@code now}.
     */
    public Optional<Link> verify(Purpose purpose, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            Date expiry = claims.getExpirationTime();
            String userId = claims.getSubject();
            String email = claims.getStringClaim(EMAIL);
            if (!ISSUER.equals(claims.getIssuer()) || audience == null || !audience.equals(List.of(purpose.audience()))
                    || expiry == null || !now.isBefore(expiry.toInstant()) || userId == null || email == null) {
                return Optional.empty();
            }
            return Optional.of(new Link(purpose, userId, email, claims.getJWTID(), expiry.toInstant()));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
