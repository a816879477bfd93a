package com.careervault.notifier.reminders;

import java.time.Instant;

/** The marker that a reminder (job, rule, occurrence) went out, so it never goes out again. */
public record SentReminder(Instant sentAt, String to) {
}
