package com.careervault.notifier.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the reminder topology behaves, independent of Spring so tests can build it directly.
 *
 * @param followUpDay the unit of follow_up_days (one day in production)
 * @param punctuationInterval how often the schedule is checked for due reminders
 * @param maxLateness how late a follow-up or custom reminder may still be sent
 * @param retryInitialBackoff wait after the first failed SMTP attempt; doubles with each further failure
 * @param retryMaxBackoff ceiling of that wait
 * @param maxAttempts SMTP attempts before a reminder is given up
 * @param maxEmailsPerPunctuation bound on the work of one punctuation, which runs inside a transaction
 * @param ghostedDay the unit of the Ghosted thresholds ({@code ghosted_after_applied_days},
 *        {@code ghosted_after_interview_days}; one day in production), apart from {@code followUpDay} so that a
 *        test can shorten one without the other
 */
public record ReminderSettings(Duration followUpDay, Duration punctuationInterval, Duration maxLateness,
        Duration retryInitialBackoff, Duration retryMaxBackoff, int maxAttempts, int maxEmailsPerPunctuation,
        Duration ghostedDay) {

    public static ReminderSettings defaults() {
        return new ReminderSettings(Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofDays(1),
                Duration.ofSeconds(30), Duration.ofMinutes(30), 10, 50, Duration.ofDays(1));
    }

    public ReminderSettings withFollowUpDay(Duration day) {
        return new ReminderSettings(day, punctuationInterval, maxLateness, retryInitialBackoff, retryMaxBackoff,
                maxAttempts, maxEmailsPerPunctuation, ghostedDay);
    }

    /** Exponential backoff after {@code failures} failed attempts (1 = the first failure). */
    public Duration backoffAfter(int failures) {
        Duration wait = retryInitialBackoff;
        for (int i = 1; i < failures && wait.compareTo(retryMaxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMaxBackoff) > 0 ? retryMaxBackoff : wait;
    }

    /** When to try again after {@code failures} failed attempts; empty once {@link #maxAttempts} have failed. */
    public Optional<Instant> retryAt(int failures, Instant now) {
        return failures >= maxAttempts ? Optional.empty() : Optional.of(now.plus(backoffAfter(failures)));
    }
}
