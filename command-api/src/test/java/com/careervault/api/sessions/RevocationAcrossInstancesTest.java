package com.careervault.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.dynamodb.SessionsTable;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Two API instances sharing one sessions table (dynalite), each with its own cache and
 * its own hand-driven clock: a revocation is seen at once by the instance that made it
 * and by the other one as soon as its cached entry is older than {@code cache-ttl}, never later.
 */
@ApiIntegrationTest
class RevocationAcrossInstancesTest {

    private static final Duration CACHE_TTL = Duration.ofSeconds(5);

    @Autowired
    SessionStore store;

    private final ManualTicker tickerA = new ManualTicker();
    private final ManualTicker tickerB = new ManualTicker();

    @Test
    void aLogoutReachesTheOtherInstanceWithinTheCacheTtl() {
        Sessions instanceA = instance(tickerA);
        Sessions instanceB = instance(tickerB);
        String userId = UUID.randomUUID().toString();
        String refreshToken = "refresh-" + UUID.randomUUID();
        Jwt accessToken = accessToken(userId);
        instanceA.start(IssuedToken.of(accessToken), refreshToken).block();
        assertThat(instanceA.isActive(accessToken).block()).isTrue();
        assertThat(instanceB.isActive(accessToken).block()).isTrue();

        instanceA.end(refreshToken).block();

        assertThat(instanceA.isActive(accessToken).block()).as("the instance that logged out").isFalse();
        tickerB.advance(CACHE_TTL.minusMillis(1));
        assertThat(instanceB.isActive(accessToken).block()).as("other instance, entry still fresh").isTrue();
        tickerB.advance(Duration.ofMillis(1));
        assertThat(instanceB.isActive(accessToken).block()).as("other instance, entry expired").isFalse();
    }

    @Test
    void logOutEverywhereReachesTheOtherInstanceWithinTheCacheTtl() {
        Sessions instanceA = instance(tickerA);
        Sessions instanceB = instance(tickerB);
        String userId = UUID.randomUUID().toString();
        Jwt first = accessToken(userId);
        Jwt second = accessToken(userId);
        instanceA.start(IssuedToken.of(first), "refresh-" + UUID.randomUUID()).block();
        instanceB.start(IssuedToken.of(second), "refresh-" + UUID.randomUUID()).block();
        assertThat(instanceB.isActive(first).block()).isTrue();
        assertThat(instanceB.isActive(second).block()).isTrue();

        assertThat(instanceA.endAll(userId).block()).isEqualTo(1L);

        assertThat(instanceA.isActive(first).block()).isFalse();
        assertThat(instanceA.isActive(second).block()).isFalse();
        tickerB.advance(CACHE_TTL);
        assertThat(instanceB.isActive(first).block()).isFalse();
        assertThat(instanceB.isActive(second).block()).isFalse();

        Jwt later = accessToken(userId);
        instanceB.start(IssuedToken.of(later), "refresh-" + UUID.randomUUID()).block();
        assertThat(instanceA.isActive(later).block()).as("a session started after it").isTrue();
        assertThat(instanceB.isActive(later).block()).isTrue();
    }

    @Test
    void aTokenOfNoRecordedSessionIsRefused() {
        Sessions instance = instance(tickerA);
        String userId = UUID.randomUUID().toString();
        Jwt recorded = accessToken(userId);
        instance.start(IssuedToken.of(recorded), "refresh-" + UUID.randomUUID()).block();

        assertThat(instance.isActive(accessToken(userId)).block()).isFalse();
        // the mapping names its user: someone else's token with a recorded jti is refused too
        Jwt borrowedJti = Jwt.withTokenValue("t").header("alg", "RS256").subject(UUID.randomUUID().toString())
                .jti(recorded.getId()).expiresAt(recorded.getExpiresAt()).build();
        assertThat(instance.isActive(borrowedJti).block()).isFalse();
    }

    @Test
    void originJtiMapsEveryTokenOfASignInToOneSession() {
        Sessions instance = instance(tickerA);
        String userId = UUID.randomUUID().toString();
        String origin = UUID.randomUUID().toString();
        String refreshToken = "refresh-" + UUID.randomUUID();
        Jwt first = accessToken(userId, origin);
        instance.start(IssuedToken.of(first), refreshToken).block();
        assertThat(IssuedToken.of(first).mappingKey()).isEqualTo(SessionsTable.ORIGIN_PREFIX + origin);

        Jwt fromRefresh = accessToken(userId, origin);
        assertThat(instance.isActive(fromRefresh).block()).isTrue();
        instance.end(refreshToken).block();
        assertThat(instance.isActive(fromRefresh).block()).isFalse();
    }

    private Sessions instance(Ticker ticker) {
        return new Sessions(store, new SessionsProperties(CACHE_TTL, 1000L, Duration.ofDays(30)),
                Clock.systemUTC(), ticker);
    }

    private static Jwt accessToken(String userId) {
        return accessToken(userId, null);
    }

    private static Jwt accessToken(String userId, String originJti) {
        Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "RS256").subject(userId)
                .jti(UUID.randomUUID().toString()).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
        if (originJti != null) {
            token.claim("origin_jti", originJti);
        }
        return token.build();
    }

    /** Caffeine's clock, moved by hand. */
    private static final class ManualTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }
}
