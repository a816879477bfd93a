package com.careervault.notifier.accounts;

import java.time.Instant;

/**
 * The last event of one kind that queued an email for a user: recognises a redelivered event (same id, or
 * older than the last one handled: a user's events arrive in log order) and throttles sign-up notices.
 */
public record AccountEmailMark(String eventId, Instant eventTime) {
}
