package com.careervault.api.sessions;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sign-in sessions and their revocation. The API records a session when it hands
 * out tokens (login, refresh) and maps each access token to it; signing out revokes
 * the session, "log out everywhere" raises the user's epoch, which ends every session
 * started before. An access token is accepted only while its session is open, so
 * a token the API never recorded is refused.
 * <p>
 * Checks read from per-instance caches: the token-to-session mapping never changes
 * (cached as long as it is used), a session's state and the user's epoch are trusted
 * for {@link SessionsProperties#cacheTtl()}. The instance that revokes drops its own
 * entries at once, so there a revoked token stops working immediately; on other instances
 * within {@code cacheTtl}. Errors are {@link com.careervault.api.problems.DependencyUnavailableException}
 * when DynamoDB cannot be reached.
 */
@Component
public class Sessions {

    private final SessionStore store;
    private final SessionsProperties properties;
    private final Clock clock;
    private final AsyncCache<String, Optional<SessionStore.Mapping>> mappings;
    private final AsyncCache<String, Optional<SessionStore.Session>> sessions;
    private final AsyncCache<String, Long> epochs;

    @Autowired
    public Sessions(SessionStore store, SessionsProperties properties, Clock clock) {
        this(store, properties, clock, Ticker.systemTicker());
    }

    Sessions(SessionStore store, SessionsProperties properties, Clock clock, Ticker ticker) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        // immutable once written: kept while in use, bounded in size
        this.mappings = cache(ticker, Duration.ofHours(1), true);
        this.sessions = cache(ticker, properties.cacheTtl(), false);
        this.epochs = cache(ticker, properties.cacheTtl(), false);
    }

    private <V> AsyncCache<String, V> cache(Ticker ticker, Duration ttl, boolean sinceLastUse) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().ticker(ticker).maximumSize(properties.cacheMaxSize());
        return (sinceLastUse ? builder.expireAfterAccess(ttl) : builder.expireAfterWrite(ttl)).buildAsync();
    }

    /** Records a new session for a sign-in: its refresh token, and its first access token. */
    public Mono<Void> start(IssuedToken accessToken, String refreshToken) {
        String sessionId = SessionId.of(refreshToken);
        Instant now = clock.instant();
        return mono(() -> store.epoch(accessToken.userId())
                .thenCompose(epoch -> store.createSession(sessionId, accessToken.userId(), epoch, now,
                        now.plus(properties.refreshTokenValidity())))
                .thenCompose(done -> store.map(accessToken, sessionId)));
    }

    /**
     * Whether a refresh token's session is open: recorded, not revoked, not ended by
     * "log out everywhere". Read from DynamoDB, not from the cache.
     */
    public Mono<Boolean> isOpen(String refreshToken) {
        String sessionId = SessionId.of(refreshToken);
        return mono(() -> store.session(sessionId).thenCompose(session -> session
                .map(s -> store.epoch(s.userId()).thenApply(epoch -> open(s, epoch, s.userId())))
                .orElse(CompletableFuture.completedFuture(false))));
    }

    /**
     * Records the access token a refresh issued. When Cognito rotated the refresh token
     * the new one starts a new session and the old session ends.
     */
    public Mono<Void> refreshed(IssuedToken accessToken, String presentedRefreshToken, String returnedRefreshToken) {
        if (returnedRefreshToken == null || returnedRefreshToken.equals(presentedRefreshToken)) {
            return mono(() -> store.map(accessToken, SessionId.of(presentedRefreshToken)));
        }
        return start(accessToken, returnedRefreshToken).then(end(presentedRefreshToken)).then();
    }

    /** Revokes the refresh token's session; false when the API never recorded it. */
    public Mono<Boolean> end(String refreshToken) {
        String sessionId = SessionId.of(refreshToken);
        return mono(() -> store.revoke(sessionId, clock.instant()))
                .doOnSuccess(revoked -> sessions.synchronous().invalidate(sessionId));
    }

    /** Ends every session the user has now; sessions started afterwards are open. Returns the new epoch. */
    public Mono<Long> endAll(String userId) {
        return mono(() -> store.raiseEpoch(userId))
                .doOnSuccess(epoch -> epochs.synchronous().invalidate(userId));
    }

    /**
     * Ends every session the user has now except the one {@code keep} (a verified access token) belongs
     * to: that session is first moved to the next sign-out epoch, then the user's epoch is raised to it,
     * so the caller's session is open throughout. A "log out everywhere" racing with this ends the
     * caller's session too. Returns the new epoch.
     */
    public Mono<Long> endAllExcept(Jwt keep) {
        IssuedToken issued = IssuedToken.of(keep);
        String userId = issued.userId();
        Mono<String> sessionId = issued.identifiable()
                ? mono(() -> store.mapping(issued.mappingKey()))
                        .flatMap(mapping -> Mono.justOrEmpty(mapping.filter(m -> m.userId().equals(userId))
                                .map(SessionStore.Mapping::sessionId)))
                : Mono.empty();
        return sessionId
                .flatMap(id -> mono(() -> store.epoch(userId).thenCompose(epoch -> store.keepThrough(id, epoch + 1)))
                        .doOnSuccess(moved -> sessions.synchronous().invalidate(id)))
                .then(endAll(userId));
    }

    /** Whether a verified access token belongs to an open session (the check of every authenticated request). */
    public Mono<Boolean> isActive(Jwt token) {
        IssuedToken issued = IssuedToken.of(token);
        if (!issued.identifiable()) {
            return Mono.just(false);
        }
        return mono(() -> mappings.get(issued.mappingKey(), (key, executor) -> store.mapping(key)))
                .flatMap(mapping -> mapping.filter(m -> m.userId().equals(issued.userId()))
                        .map(m -> Mono.zip(
                                mono(() -> sessions.get(m.sessionId(), (key, executor) -> store.session(key))),
                                mono(() -> epochs.get(m.userId(), (key, executor) -> store.epoch(key))),
                                (session, epoch) -> session.map(s -> open(s, epoch, issued.userId())).orElse(false)))
                        .orElse(Mono.just(false)));
    }

    private static boolean open(SessionStore.Session session, long userEpoch, String userId) {
        return !session.revoked() && session.epoch() >= userEpoch && Objects.equals(session.userId(), userId);
    }

    /** Cached futures are shared: a cancelled request must not cancel them for everyone else. */
    private static <T> Mono<T> mono(java.util.function.Supplier<CompletableFuture<T>> future) {
        return Mono.defer(() -> Mono.fromFuture(future.get(), true))
                .onErrorMap(java.util.concurrent.CompletionException.class,
                        e -> e.getCause() == null ? e : e.getCause());
    }
}
