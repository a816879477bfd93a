package com.careervault.contracts.events;

/**
 * The notifier emailed a reminder ({@code kind}: {@code interview}, {@code follow-up} or {@code custom})
 * about one of the user's jobs; {@code reminderId} is the email's {@code X-CareerVault-Reminder} header.
 * The notifier appends one per email, in the same Kafka transaction as its own "sent" marker, so the log
 * records exactly the reminders the notifier considers sent. The envelope's {@code time} is when the email
 * was handed to the mail server. The projector writes it into {@code CareerVault-RemindersSent} for the
 * account export; the notifier ignores it. Carries no personal data (ids and a kind), so it is never
 * encrypted.
 */
public record ReminderSent(String userId, String jobId, String reminderId, String kind) implements UserEvent {

    public ReminderSent {
        Require.text(userId, "user_id");
        Require.text(jobId, "job_id");
        Require.text(reminderId, "reminder_id");
        Require.text(kind, "kind");
    }
}
