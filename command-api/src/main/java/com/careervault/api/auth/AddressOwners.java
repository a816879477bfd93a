package com.careervault.api.auth;

import com.careervault.contracts.identity.Identifiers;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which account an email address belongs to now: the email reservation ({@link EmailReservations},
 * strongly consistent), or, for accounts older than the reservations, the user pool's account with that
 * email. Emailed links name the address they were sent to; a link acts only while that address is
 * still its user's ({@link #holds}).
 */
@Component
public class AddressOwners {

    /** The account holding an address: its {@code sub} and username. */
    public record Holder(String userId, String username) {
    }

    private final EmailReservations reservations;
    private final CognitoIdentity identity;

    public AddressOwners(EmailReservations reservations, CognitoIdentity identity) {
        this.reservations = reservations;
        this.identity = identity;
    }

    /** The account that holds {@code email} (compared canonically); empty when none does. */
    public Mono<Optional<Holder>> holder(String email) {
        String canonical = Identifiers.canonicalEmail(email);
        return reservations.owner(canonical).flatMap(owner -> owner.filter(EmailReservations.Owner::isComplete)
                .map(o -> Mono.just(Optional.of(new Holder(o.userId(), o.username()))))
                // no reservation, or a sign-up still running: what the pool holds (legacy accounts)
                // (only when exactly one has it: two legacy accounts with one address hold it for neither)
                .orElseGet(() -> identity.usersWithEmail(canonical, 2)
                        .map(users -> users.size() == 1
                                ? Optional.of(new Holder(users.get(0).userId(), users.get(0).username()))
                                : Optional.<Holder>empty())));
    }

    /** The holder of {@code email} when it is the user {@code userId}; empty otherwise. */
    public Mono<Optional<Holder>> heldBy(String userId, String email) {
        return holder(email).map(holder -> holder.filter(h -> h.userId().equals(userId)));
    }

    /** Whether {@code email} is (still) the address of the user {@code userId}. */
    public Mono<Boolean> holds(String userId, String email) {
        return heldBy(userId, email).map(Optional::isPresent);
    }
}
