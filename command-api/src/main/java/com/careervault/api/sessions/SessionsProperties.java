package com.careervault.api.sessions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in sessions are checked and kept.
 *
 * @param cacheTtl how long an instance trusts what it read about a session (revoked or not) before
 *        reading it again: the longest a token revoked through another instance still works
 * @param cacheMaxSize entries per cache (token-to-session mappings, session states, user epochs)
 * @param refreshTokenValidity how long a session's record is kept: set it to the app client's
 *        RefreshTokenValidity (Cognito's default is 30 days); a refresh token that outlives its record
 *        is refused and the user signs in again
 */
@ConfigurationProperties("careervault.sessions")
public record SessionsProperties(Duration cacheTtl, Long cacheMaxSize, Duration refreshTokenValidity) {

    public SessionsProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
        cacheMaxSize = cacheMaxSize == null ? 100_000L : cacheMaxSize;
        refreshTokenValidity = refreshTokenValidity == null ? Duration.ofDays(30) : refreshTokenValidity;
    }
}
