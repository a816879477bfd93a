package com.careervault.api.ratelimits;

import com.careervault.api.ratelimits.RateLimitBuckets.Refill;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The per-account rate limits of the identity endpoints (the per-client-address ones are
 * {@link ClientAddressRateLimitFilter}), as Bucket4j token buckets in the rate-limit guard table, so they hold
 * across every API instance ({@link RateLimitBuckets}). Settings: {@link RateLimitProperties}.
 *
 * <p><b>Windows, not trickles.</b> Every bucket here refills <em>intervally</em>: the whole allowance comes back
 * at once when the window has passed, counted from the first request of an idle account. Both refills allow
 * {@code limit} per {@code window} in the long run; they differ in what a blocked account sees. A greedy refill
 * gives one attempt back every {@code window / limit} (3 minutes for 5 in 15), so a blocked account could try
 * again long before the window has passed; with the interval refill, once the allowance is used up everything
 * is refused until the window ends, a correct password included, and {@code Retry-After} says when that is.
 * (At a window's edge two allowances may follow each other:
 * at most {@code 2 × limit} within one window.) Sign-ins already past {@link #ensureSignInAllowed} when the
 * allowance runs out still get their answer: a burst of parallel attempts can try a few more passwords than
 * the limit (bounded by the per-address limit), never a steady stream.
 *
 * <p>Errors: {@link RateLimitedException} (429 with {@code Retry-After}); the store's failures are
 * {@code DependencyUnavailableException} (503).
 */
@Component
public class RateLimits {

    static final String FAILED_SIGN_INS = "failed-sign-ins";
    static final String VERIFICATION_RESENDS = "verification-resends";
    static final String PASSWORD_RESETS = "password-resets";

    private final RateLimitBuckets buckets;
    private final RateLimitProperties properties;

    public RateLimits(RateLimitBuckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    /**
     * Empty when {@code account} (canonical username) may try to sign in; otherwise fails with
     * {@link RateLimitedException} (429, Retry-After = until the window ends) because it has had
     * {@code failed-sign-ins.limit} failed sign-ins (default 5) within the window (default 15 minutes).
     * Consumes nothing: only {@link #signInFailed} counts.
     */
    public Mono<Void> ensureSignInAllowed(String account) {
        RateLimitProperties.Limit limit = properties.failedSignIns();
        return buckets.peek(RateLimitBuckets.key(FAILED_SIGN_INS, limit, account), limit, Refill.WINDOW)
                .flatMap(probe -> probe.canBeConsumed() ? Mono.<Void>empty()
                        : Mono.error(new RateLimitedException("Too many failed sign-ins for this account",
                                "at most " + limit.describe("within"),
                                Duration.ofNanos(probe.getNanosToWaitForRefill()))));
    }

    /**
     * Records one failed sign-in (or failed re-authentication) of {@code account} (canonical username). Never
     * fails for the limit: once used up, it is {@link #ensureSignInAllowed} that refuses.
     */
    public Mono<Void> signInFailed(String account) {
        RateLimitProperties.Limit limit = properties.failedSignIns();
        return buckets.spend(RateLimitBuckets.key(FAILED_SIGN_INS, limit, account), limit, Refill.WINDOW);
    }

    /**
     * Takes one "resend the verification link" of the user ({@code userId}, Cognito {@code sub}): default 3
     * within 15 minutes; fails with {@link RateLimitedException} (429, Retry-After = until the window ends)
     * when used up.
     */
    public Mono<Void> verificationResent(String userId) {
        RateLimitProperties.Limit limit = properties.verificationResends();
        return buckets.take(RateLimitBuckets.key(VERIFICATION_RESENDS, limit, userId), limit, Refill.WINDOW)
                .flatMap(probe -> probe.isConsumed() ? Mono.<Void>empty()
                        : Mono.error(new RateLimitedException("Too many verification emails asked for",
                                "at most " + limit.describe("within"),
                                Duration.ofNanos(probe.getNanosToWaitForRefill()))));
    }

    /**
     * Takes one password-reset email of the user ({@code userId}): true when it may be sent, false when the
     * account has had its share (default 3 within an hour; the caller then sends nothing and answers as usual,
     * so the answer reveals nothing). Fails only when the store does (503).
     */
    public Mono<Boolean> passwordResetAllowed(String userId) {
        RateLimitProperties.Limit limit = properties.passwordResets();
        return buckets.take(RateLimitBuckets.key(PASSWORD_RESETS, limit, userId), limit, Refill.WINDOW)
                .map(probe -> probe.isConsumed());
    }
}
