package com.careervault.notifier.reminders;

import com.careervault.notifier.mail.DueQueue;
import java.time.Instant;

/**
 * Keys of the reminder stores. Schedule keys start with the due time ({@link DueQueue#keyPrefix}), so the
 * store's byte order is time order and the punctuator reads only the due head of it. User and job ids are Cognito subjects and UUIDs, which never contain the separator.
 */
final class ReminderKeys {

    private static final char SEPARATOR = '|';

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
        return DueQueue.keyPrefix(at) + pending.userId() + SEPARATOR + pending.jobId() + SEPARATOR
                + reminder.rule().slug() + SEPARATOR + reminder.occurrence().toEpochMilli();
    }

}
