package com.careervault.api.auth;

import com.careervault.contracts.identity.Identifiers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Claims an email address for a username before any Cognito user gets it (sign-up, email change), through
 * {@link EmailReservations}: the conditional put decides races. A reservation nobody completed within
 * {@link EmailReservationProperties#staleAfter()} is taken over. Addresses of accounts made before
 * reservations existed are found in Cognito once the reservation is won, and then recorded for that account.
 */
@Component
class EmailClaims {

    /** The outcome of a claim. */
    sealed interface Claim {
    }

    /** The caller holds the reservation (without an account yet): complete or release it. */
    record Won() implements Claim {
    }

    /** Other accounts hold the address (usually one; several only among accounts made before reservations). */
    record Taken(List<String> ownerUserIds) implements Claim {
    }

    /** Another request holds the address and did not finish while we waited: treat it as taken, tell nobody. */
    record Pending() implements Claim {
    }

    private final EmailReservations reservations;
    private final CognitoIdentity identity;
    private final EmailReservationProperties properties;
    private final Clock clock;

    EmailClaims(EmailReservations reservations, CognitoIdentity identity, EmailReservationProperties properties,
            Clock clock) {
        this.reservations = reservations;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Claims {@code email} (any case) for {@code username}. {@code selfUserId} is the claiming account's id
     * when it exists already (an email change), else null.
     */
    Mono<Claim> claim(String email, String username, String selfUserId) {
        String canonical = Identifiers.canonicalEmail(email);
        String name = Identifiers.canonicalUsername(username);
        Instant giveUpAt = clock.instant().plus(properties.waitForOwner());
        return attempt(canonical, name, selfUserId, giveUpAt);
    }

    private Mono<Claim> attempt(String email, String username, String selfUserId, Instant giveUpAt) {
        return reservations.reserve(email, username).flatMap(won -> won
                ? checkAccountsBefore(email, username, selfUserId)
                : reservations.owner(email).flatMap(owner -> held(owner, email, username, selfUserId, giveUpAt)));
    }

    private Mono<Claim> held(Optional<EmailReservations.Owner> found, String email, String username,
            String selfUserId, Instant giveUpAt) {
        if (found.isEmpty()) {
            // released between our put and our read: try again
            return retry(email, username, selfUserId, giveUpAt, Duration.ZERO);
        }
        EmailReservations.Owner owner = found.get();
        if (owner.isComplete()) {
            return Mono.just(new Taken(List.of(owner.userId())));
        }
        if (isStale(owner)) {
            // a sign-up (or email change) that died before completing it: take it over. Never sooner, not even
            // for the same username: two racing sign-ups of one username would then both go on, and the
            // loser's clean-up would release the winner's address.
            return reservations.takeOver(owner, username).flatMap(tookOver -> tookOver
                    ? checkAccountsBefore(email, username, selfUserId)
                    : retry(email, username, selfUserId, giveUpAt, Duration.ZERO));
        }
        return retry(email, username, selfUserId, giveUpAt, properties.pollInterval());
    }

    private Mono<Claim> retry(String email, String username, String selfUserId, Instant giveUpAt, Duration pause) {
        if (!clock.instant().isBefore(giveUpAt)) {
            return Mono.just(new Pending());
        }
        return Mono.delay(pause).then(Mono.defer(() -> attempt(email, username, selfUserId, giveUpAt)));
    }

    private boolean isStale(EmailReservations.Owner owner) {
        try {
            return Instant.parse(owner.reservedAt()).plus(properties.staleAfter()).isBefore(clock.instant());
        } catch (DateTimeParseException | NullPointerException e) {
            return true;
        }
    }

    /**
     * Having won the reservation: an account made before reservations existed (or by a sign-up that died
     * after creating its user) may already have the address in Cognito. Then it is recorded as that
     * account's, and the caller's claim fails.
     */
    private Mono<Claim> checkAccountsBefore(String email, String username, String selfUserId) {
        return identity.usersWithEmail(email, 10)
                .map(users -> users.stream().filter(user -> !user.userId().equals(selfUserId)).toList())
                .flatMap(users -> {
                    if (users.isEmpty()) {
                        return Mono.<Claim>just(new Won());
                    }
                    List<String> owners = users.stream().map(CognitoIdentity.PoolUser::userId).toList();
                    Mono<Void> record = users.size() == 1
                            ? reservations.complete(email, users.get(0).username(), users.get(0).userId())
                            // several old accounts share it: no reservation, so login by this email stays refused
                            : reservations.release(email, username);
                    return record.thenReturn((Claim) new Taken(owners));
                })
                .onErrorResume(e -> reservations.release(email, username).onErrorComplete().then(Mono.error(e)));
    }
}
