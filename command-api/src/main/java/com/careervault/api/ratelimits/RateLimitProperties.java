package com.careervault.api.ratelimits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's rate limits ({@code careervault.rate-limits.*}); each is a number of requests within a window.
 * The per-account limits protect accounts and mailboxes; the per-address limits bound what one client address
 * may send to the public routes, generous by default so that a test suite or a benchmark from one address is
 * never throttled. Every setting has an environment variable (docs/configuration.md).
 *
 * @param failedSignIns        failed sign-ins per account ({@code RATE_LIMIT_FAILED_SIGN_INS}, default 5, within
 *                             {@code RATE_LIMIT_FAILED_SIGN_INS_WINDOW}, default 15 minutes)
 * @param verificationResends  verification emails a user may ask for again ({@code RATE_LIMIT_VERIFICATION_RESENDS},
 *                             default 3, within {@code RATE_LIMIT_VERIFICATION_RESENDS_WINDOW}, default 15 minutes)
 * @param passwordResets       password-reset emails per user ({@code RATE_LIMIT_PASSWORD_RESETS}, default 3, within
 *                             {@code RATE_LIMIT_PASSWORD_RESETS_WINDOW}, default 1 hour)
 * @param perAddress           requests per client address to each group of public routes
 */
@ConfigurationProperties("careervault.rate-limits")
public record RateLimitProperties(Limit failedSignIns, Limit verificationResends, Limit passwordResets,
        PerAddress perAddress) {

    public RateLimitProperties {
        failedSignIns = Limit.orDefault(failedSignIns, 5, Duration.ofMinutes(15));
        verificationResends = Limit.orDefault(verificationResends, 3, Duration.ofMinutes(15));
        passwordResets = Limit.orDefault(passwordResets, 3, Duration.ofHours(1));
        perAddress = perAddress == null ? new PerAddress(null, null, null, null, null) : perAddress;
    }

    /** The defaults everywhere. */
    public static RateLimitProperties defaults() {
        return new RateLimitProperties(null, null, null, null);
    }

    /**
     * At most {@code limit} requests within {@code window}.
     *
     * @param limit  how many (at least 1)
     * @param window how long (at least one second)
     */
    public record Limit(Integer limit, Duration window) {

        public Limit {
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("a rate limit must allow at least 1 request, not " + limit);
            }
            if (window != null && window.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a rate limit's window must be at least 1 s, not " + window);
            }
        }

        static Limit orDefault(Limit configured, int limit, Duration window) {
            return configured == null ? new Limit(limit, window) : new Limit(
                    configured.limit() == null ? limit : configured.limit(),
                    configured.window() == null ? window : configured.window());
        }

        /** "5/PT15M": part of the bucket's key, so that changed settings start fresh buckets. */
        String id() {
            return limit + "/" + window;
        }

        /** "5 within 15 min", "600 per 1 min": for the problem's detail. */
        String describe(String joiner) {
            long seconds = window.toSeconds();
            String span = seconds % 3600 == 0 ? (seconds / 3600) + " h"
                    : seconds % 60 == 0 ? (seconds / 60) + " min" : seconds + " s";
            return limit + " " + joiner + " " + span;
        }
    }

    /**
     * Requests per client address (the connection's remote address; see docs/operations.md for proxies), one
     * limit per group of public routes; each defaults to 600 per minute.
     *
     * @param signup        {@code POST /auth/signup} ({@code RATE_LIMIT_SIGNUP_PER_ADDRESS},
     *                      {@code RATE_LIMIT_SIGNUP_PER_ADDRESS_WINDOW})
     * @param login         {@code POST /auth/login} ({@code RATE_LIMIT_LOGIN_PER_ADDRESS}, {@code ..._WINDOW})
     * @param refresh       {@code POST /auth/refresh} ({@code RATE_LIMIT_REFRESH_PER_ADDRESS}, {@code ..._WINDOW})
     * @param passwordReset {@code POST /auth/forgot-password} and {@code /auth/reset-password}
     *                      ({@code RATE_LIMIT_PASSWORD_RESET_PER_ADDRESS}, {@code ..._WINDOW})
     * @param emailLinks    {@code POST /auth/verify-email} and {@code /unsubscribe}
     *                      ({@code RATE_LIMIT_EMAIL_LINKS_PER_ADDRESS}, {@code ..._WINDOW})
     */
    public record PerAddress(Limit signup, Limit login, Limit refresh, Limit passwordReset, Limit emailLinks) {

        public PerAddress {
            signup = perMinute(signup);
            login = perMinute(login);
            refresh = perMinute(refresh);
            passwordReset = perMinute(passwordReset);
            emailLinks = perMinute(emailLinks);
        }

        private static Limit perMinute(Limit configured) {
            return Limit.orDefault(configured, 600, Duration.ofMinutes(1));
        }
    }
}
