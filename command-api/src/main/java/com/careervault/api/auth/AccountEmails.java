package com.careervault.api.auth;

import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.ratelimits.RateLimits;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerificationRequested;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.contracts.links.EmailLinks;
import java.time.Clock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The account's email address after sign-up: verifying it with the emailed link, asking for the link again,
 * and changing it (which starts verification over). An address belongs to the account its completed
 * reservation names ({@link EmailReservations}); a link only acts while its address still does.
 */
@Component
class AccountEmails {

    private static final String TOKEN_REFUSED = "is invalid or expired, or no longer for this account's email";

    private final CognitoIdentity identity;
    private final EmailReservations reservations;
    private final EmailClaims claims;
    private final EmailLinks links;
    private final RateLimits rateLimits;
    private final UserEvents events;
    private final Clock clock;

    AccountEmails(CognitoIdentity identity, EmailReservations reservations, EmailClaims claims, EmailLinks links,
            RateLimits rateLimits, UserEvents events, Clock clock) {
        this.identity = identity;
        this.reservations = reservations;
        this.claims = claims;
        this.links = links;
        this.rateLimits = rateLimits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks the link's address verified (Cognito {@code email_verified=true}) and appends
     * {@code UserEmailVerified}; an address verified already answers the same and appends nothing.
     *
     * @throws InvalidRequestException field {@code token}: malformed, forged, expired, another purpose, or
     *         the address is no longer the account's
     */
    Mono<AuthMessages.EmailState> verify(String token) {
        return Mono.defer(() -> Mono.justOrEmpty(links.verify(EmailLinks.Purpose.VERIFY_EMAIL, token, clock.instant())))
                .switchIfEmpty(Mono.error(AccountEmails::tokenRefused))
                .flatMap(this::verify);
    }

    private Mono<AuthMessages.EmailState> verify(EmailLinks.Link link) {
        String email = Identifiers.canonicalEmail(link.email());
        return reservations.owner(email)
                .flatMap(owner -> owner.filter(o -> link.userId().equals(o.userId())).map(Mono::just)
                        .orElseGet(() -> Mono.error(tokenRefused())))
                .flatMap(owner -> identity.profile(owner.username(), owner.userId())
                        // the account is gone
                        .onErrorMap(AuthenticationFailedException.class, e -> tokenRefused())
                        // Cognito must agree: the reservation and the user change together, but not atomically
                        .filter(profile -> email.equals(Identifiers.canonicalEmail(profile.email())))
                        .switchIfEmpty(Mono.error(tokenRefused()))
                        .flatMap(profile -> profile.emailVerified() ? Mono.empty()
                                : identity.updateEmail(owner.username(), email, true)
                                        .then(events.append(owner.userId(), new UserEmailVerified(owner.userId(), email))
                                                // not in the log, not verified: the notifier would hold reminders
                                                .onErrorResume(e -> identity.updateEmail(owner.username(), email, false)
                                                        .onErrorComplete().then(Mono.error(e))))))
                .then(Mono.fromSupplier(() -> new AuthMessages.EmailState(email, true)));
    }

    /**
     * Asks the notifier to mail a new verification link ({@code UserEmailVerificationRequested}).
     *
     * @throws ConflictException field {@code email} when the address is verified already
     */
    Mono<AuthMessages.EmailState> resendVerification(String username, String userId) {
        return identity.profile(username, userId)
                .flatMap(profile -> profile.emailVerified()
                        ? Mono.error(new ConflictException("email", "is already verified"))
                        : rateLimits.verificationResent(userId)
                                .then(events.append(userId, new UserEmailVerificationRequested(userId,
                                        Identifiers.canonicalEmail(profile.email()))))
                                .thenReturn(new AuthMessages.EmailState(
                                        Identifiers.canonicalEmail(profile.email()), false)));
    }

    /**
     * Changes the account's address after checking the password: the new address is claimed, Cognito gets it
     * unverified, the reservation is completed, {@code UserEmailChanged} appended, and only then the old
     * address released. A failure before the event undoes Cognito and the new reservation.
     *
     * @throws InvalidRequestException field {@code password} (wrong password, counted as a failed sign-in) or
     *         {@code email} (the current address)
     * @throws ConflictException field {@code email} when another account has the address
     */
    Mono<AuthMessages.EmailState> change(String username, String userId, String newEmail, String password) {
        String email = Identifiers.canonicalEmail(newEmail);
        return identity.profile(username, userId).flatMap(profile -> {
            String previous = Identifiers.canonicalEmail(profile.email());
            return reauthenticate(username, password)
                    .then(Mono.defer(() -> email.equals(previous)
                            ? Mono.error(new InvalidRequestException("email", "is already the account's email"))
                            : claims.claim(email, username, userId)))
                    .flatMap(claim -> claim instanceof EmailClaims.Won
                            ? move(username, userId, email, previous, profile.emailVerified())
                            : Mono.error(new ConflictException("email", "is in use by another account")))
                    .thenReturn(new AuthMessages.EmailState(email, false));
        });
    }

    private Mono<Void> move(String username, String userId, String email, String previous, boolean wasVerified) {
        Mono<Void> undo = identity.updateEmail(username, previous, wasVerified).onErrorComplete()
                .then(reservations.release(email, username).onErrorComplete());
        return identity.updateEmail(username, email, false)
                .then(reservations.complete(email, username, userId))
                .then(events.append(userId, new UserEmailChanged(userId, email, previous)))
                .onErrorResume(e -> undo.then(Mono.error(e)))
                // the change is recorded; a failed release only leaves the old address reserved for this account
                .then(previous == null ? Mono.empty() : reservations.release(previous, username).onErrorComplete());
    }

    /** The password, checked by signing in (rate limited like a sign-in); the session it opens is revoked. */
    private Mono<Void> reauthenticate(String username, String password) {
        return rateLimits.ensureSignInAllowed(username)
                .then(identity.signIn(username, password))
                .flatMap(tokens -> tokens.refreshToken() == null ? Mono.<Void>empty()
                        : identity.revoke(tokens.refreshToken()).onErrorComplete())
                .onErrorResume(AuthenticationFailedException.class, e -> rateLimits.signInFailed(username)
                        .then(Mono.error(new InvalidRequestException("password", "is incorrect"))));
    }

    private static InvalidRequestException tokenRefused() {
        return new InvalidRequestException("token", TOKEN_REFUSED);
    }
}
