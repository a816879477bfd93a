package com.careervault.notifier.reminders;

import com.careervault.contracts.interviews.LegacyInterview;
import java.time.Instant;

/**
 * One reminder a job should get under the current rules and preferences.
 *
 * @param occurrence what the reminder is about, independent of when it is sent: the instant the job
 *        entered Applied (follow-up), the interview's start, or the custom date. One email per job,
 *        rule, interview and occurrence, so a changed follow-up delay or interview lead time does not re-send a
 *        reminder already sent, and a redelivered reschedule to the same time sends nothing new
 * @param dueAt when to send it
 * @param expiresAt after this it is no longer worth sending (the interview began, or the log is being
 *        replayed from long ago); a late reminder is dropped rather than sent
 * @param interviewId the interview an {@link ReminderRule#INTERVIEW} reminder is about; null for the other rules,
 *        and in interview reminders planned before interviews were records, which were about the job's
 *        {@code interview_at} ({@link #normalized} reads them as {@link LegacyInterview})
 */
public record PlannedReminder(ReminderRule rule, Instant occurrence, Instant dueAt, Instant expiresAt,
        String interviewId) {

    /** A reminder about the job itself (follow-up, custom). */
    public PlannedReminder(ReminderRule rule, Instant occurrence, Instant dueAt, Instant expiresAt) {
        this(rule, occurrence, dueAt, expiresAt, null);
    }

    /** This reminder with a missing interview id read as the job's legacy interview (stores written before). */
    PlannedReminder normalized(String jobId) {
        return rule == ReminderRule.INTERVIEW && interviewId == null
                ? new PlannedReminder(rule, occurrence, dueAt, expiresAt, LegacyInterview.id(jobId))
                : this;
    }
}
