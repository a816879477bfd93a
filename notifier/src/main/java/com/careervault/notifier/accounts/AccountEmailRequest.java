package com.careervault.notifier.accounts;

import java.time.Instant;

/**
 * An entry of the account outbox: one email to send, from one event.
 *
 * @param to the recipient, canonical form
 * @param eventId the event's id: the email's stable id and the links' nonce derive from it
 * @param requestedAt the event's time; the links' lifetimes count from it
 * @param detail the reset id of a {@link AccountEmail#RESET_PASSWORD}, the reason of a
 *        {@link AccountEmail#PASSWORD_CHANGED}; {@code null} otherwise
 * @param failures failed SMTP attempts so far
 */
public record AccountEmailRequest(AccountEmail kind, String userId, String to, String givenName, String eventId,
        Instant requestedAt, String detail, int failures) {

    public AccountEmailRequest failedOnce() {
        return new AccountEmailRequest(kind, userId, to, givenName, eventId, requestedAt, detail, failures + 1);
    }
}
