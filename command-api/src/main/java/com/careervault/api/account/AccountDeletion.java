package com.careervault.api.account;

import com.careervault.api.auth.CognitoIdentity;
import com.careervault.api.calendar.CalendarFeedStore;
import com.careervault.api.documents.ContentAddressedStore;
import com.careervault.api.documents.LibraryStore;
import com.careervault.api.auth.EmailReservations;
import com.careervault.api.auth.UserEvents;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.ForbiddenException;
import com.careervault.api.ratelimits.RateLimits;
import com.careervault.api.resume.ResumeStore;
import com.careervault.api.sessions.Sessions;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Deletes an account ({@code DELETE /api/me}), in this order: check the password (rate-limited as a
 * sign-in), record the deletion marker ({@link DeletionRecords}), append {@code UserDeleted} and wait for
 * Kafka's acknowledgement, delete the Cognito user (AdminDeleteUser), delete the user's data key
 * ({@link DataKeys#delete}: their encrypted events become unreadable), delete their resume
 * ({@link ResumeStore#delete}), calendar subscription ({@link CalendarFeedStore#revoke}) and documents (every
 * stored object, {@link ContentAddressedStore#deleteAllOf}, then the library's items,
 * {@link LibraryStore#deleteAll}: objects first, so a failure between them leaves items that a repeat finds
 * and no object without its item), release the email reservation,
 * delete the account's guard items, end every session.
 *
 * <p><b>Retry-safe.</b> Every step is idempotent, and a failure answers 503 with nothing undone. The
 * caller repeats the request with the same access token, which stays valid until the last step (ending
 * the sessions) succeeded. Once the Cognito user is gone the password can no longer be checked: a caller
 * whose pool user is gone (or whose username now names another {@code sub}) may finish a deletion only
 * when its marker exists, which only a request with the right password can have written; then the
 * remaining steps run, the password is not needed, and {@code UserDeleted} is not appended again (it was
 * acknowledged before the Cognito user was deleted). Without a marker every step but the last is done
 * already, so only the sessions are ended. {@code UserDeleted} may be in the log twice (a repeat after
 * a failure between the append and the Cognito deletion); its consumers are idempotent.
 */
@Component
public class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);
    static final String WRONG_PASSWORD = "is not the account's password";

    private final CognitoIdentity identity;
    private final RateLimits rateLimits;
    private final UserEvents events;
    private final DataKeys dataKeys;
    private final EmailReservations reservations;
    private final DeletionRecords records;
    private final Sessions sessions;
    private final ResumeStore resumes;
    private final CalendarFeedStore calendarFeeds;
    private final ContentAddressedStore documentObjects;
    private final LibraryStore documentLibrary;

    public AccountDeletion(CognitoIdentity identity, RateLimits rateLimits, UserEvents events, DataKeys dataKeys,
            EmailReservations reservations, DeletionRecords records, Sessions sessions, ResumeStore resumes,
            CalendarFeedStore calendarFeeds, ContentAddressedStore documentObjects, LibraryStore documentLibrary) {
        this.identity = identity;
        this.rateLimits = rateLimits;
        this.events = events;
        this.dataKeys = dataKeys;
        this.reservations = reservations;
        this.records = records;
        this.sessions = sessions;
        this.resumes = resumes;
        this.calendarFeeds = calendarFeeds;
        this.documentObjects = documentObjects;
        this.documentLibrary = documentLibrary;
    }

    /**
     * Deletes the account of {@code userId} (the token's {@code sub}) whose pool username is
     * {@code username} (canonical).
     *
     * @throws ForbiddenException (403, field {@code password}) for a wrong password; it counts as a failed
     *         sign-in
     * @throws com.careervault.api.ratelimits.RateLimitedException (429) after too many failed sign-ins
     * @throws DependencyUnavailableException (503) when a step could not be done; repeat the request
     */
    public Mono<Void> delete(String userId, String username, String password) {
        return identity.userIdOf(username).flatMap(poolUser -> poolUser.filter(userId::equals).isPresent()
                ? checkPassword(username, password).then(start(userId, username))
                : resume(userId));
    }

    private Mono<Void> checkPassword(String username, String password) {
        return rateLimits.ensureSignInAllowed(username)
                .then(identity.passwordMatches(username, password))
                .flatMap(matches -> matches ? Mono.<Void>empty()
                        : rateLimits.signInFailed(username).then(Mono.error(
                                new ForbiddenException("password", WRONG_PASSWORD))));
    }

    private Mono<Void> start(String userId, String username) {
        return identity.profile(username, userId)
                .map(profile -> new DeletionRecords.Deletion(username, profile.email()))
                .flatMap(deletion -> records.begin(userId, deletion)
                        .then(events.append(userId, new UserDeleted(userId)))
                        .then(identity.deleteUser(username))
                        .then(finish(userId, deletion)));
    }

    private Mono<Void> resume(String userId) {
        return records.find(userId).flatMap(started -> started
                .map(deletion -> {
                    log.info("finishing the started deletion of account {}", userId);
                    return finish(userId, deletion);
                })
                .orElseGet(() -> sessions.endAll(userId).then()));
    }

    /** The steps after the Cognito user is gone; each is idempotent. */
    private Mono<Void> finish(String userId, DeletionRecords.Deletion deletion) {
        return deleteDataKey(userId)
                .then(resumes.delete(userId))
                .then(calendarFeeds.revoke(userId))
                .then(documentObjects.deleteAllOf(userId))
                .then(documentLibrary.deleteAll(userId))
                .then(deletion.email() == null ? Mono.<Void>empty()
                        : reservations.release(deletion.email(), deletion.username()))
                .then(records.forget(userId))
                .then(sessions.endAll(userId))
                .then();
    }

    private Mono<Void> deleteDataKey(String userId) {
        // DataKeys is blocking (a DynamoDB call, perhaps KMS): off the event loop
        return Mono.<Void>fromRunnable(() -> dataKeys.delete(userId))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(DataKeysUnavailableException.class,
                        e -> new DependencyUnavailableException("data keys", e));
    }

}
