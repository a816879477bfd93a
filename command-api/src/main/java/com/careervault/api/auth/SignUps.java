package com.careervault.api.auth;

import com.careervault.api.problems.ConflictException;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.UserSignUpAttempted;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sign-up without revealing who has an account: the answer is the same whether or not the email is taken.
 * The address is claimed ({@link EmailClaims}) before the Cognito user is made; when it belongs to
 * someone, nothing is created and the owner is told ({@code UserSignUpAttempted}, the notifier mails
 * them). A taken username is refused openly (409). Whatever fails after the claim undoes the reservation
 * and the Cognito user, so nothing is half-written.
 */
@Component
class SignUps {

    private final CognitoIdentity identity;
    private final EmailClaims claims;
    private final EmailReservations reservations;
    private final UserEvents events;

    SignUps(CognitoIdentity identity, EmailClaims claims, EmailReservations reservations, UserEvents events) {
        this.identity = identity;
        this.claims = claims;
        this.reservations = reservations;
        this.events = events;
    }

    /** The answer of every sign-up that is not refused: nothing in it says whether an account was made. */
    Mono<AuthMessages.SignedUp> signUp(CognitoIdentity.SignUp signUp) {
        AuthMessages.SignedUp answer = new AuthMessages.SignedUp(signUp.username(), signUp.email(), false);
        return identity.usernameTaken(signUp.username())
                .flatMap(taken -> taken ? Mono.error(usernameTaken())
                        : claims.claim(signUp.email(), signUp.username(), null))
                .flatMap(claim -> {
                    if (claim instanceof EmailClaims.Won) {
                        return create(signUp);
                    }
                    if (claim instanceof EmailClaims.Taken taken) {
                        return Flux.fromIterable(taken.ownerUserIds())
                                .concatMap(owner -> events.append(owner,
                                        new UserSignUpAttempted(owner, signUp.email())))
                                .then();
                    }
                    // another sign-up with this address is under way: it gets the account, this one nothing
                    return Mono.<Void>empty();
                })
                .thenReturn(answer);
    }

    private Mono<Void> create(CognitoIdentity.SignUp signUp) {
        Mono<Void> release = reservations.release(signUp.email(), signUp.username()).onErrorComplete();
        return identity.createUser(signUp)
                .onErrorResume(e -> release.then(Mono.error(e)))
                .flatMap(userId -> reservations.complete(signUp.email(), signUp.username(), userId)
                        .then(events.append(userId, new UserRegistered(userId, signUp.username(), signUp.email(),
                                signUp.givenName(), signUp.familyName(), false)))
                        // the account is only usable once its registration is in the log
                        .onErrorResume(e -> identity.deleteUser(signUp.username()).onErrorComplete()
                                .then(release).then(Mono.error(e))));
    }

    private static ConflictException usernameTaken() {
        return new ConflictException("username", "username is already taken");
    }
}
