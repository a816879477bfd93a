package com.careervault.notifier.reminders;

import com.careervault.notifier.mail.DueQueue;
import java.time.Instant;

/**
 * Keys of the reminder stores. Schedule keys start with the due time ({@link DueQueue#keyPrefix}), so the
 * store's byte order is time order and the punctuator reads only the due head of it. User, job and interview ids
 * are Cognito subjects and UUIDs, which never contain the separator.
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
        return sentOf(userId, jobId) + aboutJob(jobId, reminder);
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
                + aboutJob(pending.jobId(), reminder);
    }

    /** An interview of a job, by user and job first, so that a job's interviews are one prefix scan. */
    static String interview(String userId, String jobId, String interviewId) {
        return interviewsOf(userId, jobId) + interviewId;
    }

    static String interviewsOf(String userId, String jobId) {
        return job(userId, jobId) + SEPARATOR;
    }

    /**
     * {@code <rule>|<occurrence millis>}, with the interview id before the occurrence for interview reminders:
     * {@code interview|<interview id>|<millis>}. The job's legacy interview keeps the key interview reminders
     * had before interviews were records ({@code interview|<millis>}), so markers and schedule entries written
     * then still match.
     */
    private static String aboutJob(String jobId, PlannedReminder reminder) {
        String interview = reminder.interviewId() == null || TrackedInterview.isLegacy(jobId, reminder.interviewId())
                ? "" : reminder.interviewId() + SEPARATOR;
        return reminder.rule().slug() + SEPARATOR + interview + reminder.occurrence().toEpochMilli();
    }

}
