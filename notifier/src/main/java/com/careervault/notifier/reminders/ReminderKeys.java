package com.careervault.notifier.reminders;

import java.time.Instant;

/**
 * Keys of the reminder stores. Schedule keys start with the zero-padded epoch millisecond at which
 * the entry is due, so the store's byte order is time order and the punctuator reads only the due
 * head of it. User and job ids are Cognito subjects and UUIDs, which never contain the separator.
 */
final class ReminderKeys {

    private static final char SEPARATOR = '|';
    private static final int MILLIS_WIDTH = 19;

    private ReminderKeys() {
    }

    static String job(String userId, String jobId) {
        return userId + SEPARATOR + jobId;
    }

    static String jobsOf(String userId) {
        return userId + SEPARATOR;
    }

    static String sent(String userId, String jobId, PlannedReminder reminder) {
        return sentOf(userId, jobId) + reminder.rule().slug() + SEPARATOR + reminder.occurrence().toEpochMilli();
    }

    static String sentOf(String userId, String jobId) {
        return job(userId, jobId) + SEPARATOR;
    }

    /** A held reminder: by user first, so that a verification finds all of the user's held reminders. */
    static String held(String userId, String jobId, PlannedReminder reminder) {
        return sent(userId, jobId, reminder);
    }

    static String heldOf(String userId) {
        return jobsOf(userId);
    }

    static String heldOf(String userId, String jobId) {
        return sentOf(userId, jobId);
    }

    static String schedule(Instant at, PendingReminder pending) {
        PlannedReminder reminder = pending.reminder();
        return millis(at) + SEPARATOR + pending.userId() + SEPARATOR + pending.jobId() + SEPARATOR
                + reminder.rule().slug() + SEPARATOR + reminder.occurrence().toEpochMilli();
    }

    static boolean isDue(String scheduleKey, Instant now) {
        return scheduleKey.substring(0, MILLIS_WIDTH).compareTo(millis(now)) <= 0;
    }

    private static String millis(Instant at) {
        return String.format("%0" + MILLIS_WIDTH + "d", Math.max(0, at.toEpochMilli()));
    }
}
