package com.careervault.notifier.reminders;

/** An entry of the schedule store: a planned reminder of one job, and how many sends have failed. */
public record PendingReminder(String userId, String jobId, PlannedReminder reminder, int failures) {

    public PendingReminder failedOnce() {
        return new PendingReminder(userId, jobId, reminder, failures + 1);
    }
}
