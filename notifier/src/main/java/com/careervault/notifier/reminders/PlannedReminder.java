package com.careervault.notifier.reminders;

import java.time.Instant;

/**
 * One reminder a job should get under the current rules and preferences.
 *
 * @param occurrence what the reminder is about, independent of when it is sent: the instant the job
 *        entered Applied (follow-up), the interview time, or the custom date. One email per job,
 *        rule and occurrence, so a changed follow-up delay does not re-send a reminder already sent.
 * @param dueAt when to send it
 * @param expiresAt after this it is no longer worth sending (the interview began, or the log is being
 *        replayed from long ago); a late reminder is dropped rather than sent
 */
public record PlannedReminder(ReminderRule rule, Instant occurrence, Instant dueAt, Instant expiresAt) {
}
