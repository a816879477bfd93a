package com.careervault.api.ratelimits;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The per-account rate limits of the identity endpoints (the per-client-address ones are a web filter).
 * INTERFACE AGREED BETWEEN HELPERS: the rate-limit helper replaces these bodies with Bucket4j buckets
 * kept in the RateLimits guard table; callers (AuthController) code against these signatures.
 */
@Component
public class RateLimits {

    /**
     * Empty when {@code account} (canonical username) may try to sign in; otherwise fails with a 429
     * (Retry-After) because it has had too many failed sign-ins within the window. Consumes nothing.
     */
    public Mono<Void> ensureSignInAllowed(String account) {
        return Mono.empty();
    }

    /** Records one failed sign-in (or failed re-authentication) of {@code account} (canonical username). */
    public Mono<Void> signInFailed(String account) {
        return Mono.empty();
    }

    /** Takes one "resend the verification link" of the user; fails with a 429 (Retry-After) when used up. */
    public Mono<Void> verificationResent(String userId) {
        return Mono.empty();
    }

    /**
     * Takes one password-reset email of the user: true when it may be sent, false when the account has had
     * its share (the caller then sends nothing and answers as usual, so the answer reveals nothing).
     */
    public Mono<Boolean> passwordResetAllowed(String userId) {
        return Mono.just(true);
    }
}
