package com.careervault.api.auth;

import com.careervault.contracts.identity.Identifiers;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which account a sign-in names: a username as typed (canonical form), or an email (anything with an
 * '@'; usernames cannot contain one) resolved through its completed reservation, read strongly consistent,
 * so one address names at most one account. Only when an address has no reservation at all (accounts made
 * before reservations existed) is Cognito asked, and then only an address exactly one user has counts.
 */
@Component
class SignInNames {

    /**
     * @param username the account's canonical username; empty when no account has the email
     * @param rateLimitKey what the failed-sign-in limits count against: the username, or for an unknown email
     *        the canonical email (so that guessing at unknown addresses is limited too)
     */
    record Resolved(Optional<String> username, String rateLimitKey) {
    }

    private final EmailReservations reservations;
    private final CognitoIdentity identity;

    SignInNames(EmailReservations reservations, CognitoIdentity identity) {
        this.reservations = reservations;
        this.identity = identity;
    }

    Mono<Resolved> resolve(String usernameOrEmail) {
        if (!usernameOrEmail.contains("@")) {
            String username = Identifiers.canonicalUsername(usernameOrEmail);
            return Mono.just(new Resolved(Optional.of(username), username));
        }
        String email = Identifiers.canonicalEmail(usernameOrEmail);
        return reservations.owner(email)
                .flatMap(owner -> owner.isPresent()
                        // a reservation still being completed names no account yet
                        ? Mono.justOrEmpty(owner.filter(EmailReservations.Owner::isComplete)
                                .map(EmailReservations.Owner::username))
                        : identity.usersWithEmail(email, 2).flatMap(users -> users.size() == 1
                                ? Mono.just(users.get(0).username()) : Mono.empty()))
                .map(username -> new Resolved(Optional.of(username), username))
                .defaultIfEmpty(new Resolved(Optional.empty(), email));
    }
}
