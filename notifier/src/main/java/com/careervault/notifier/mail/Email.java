package com.careervault.notifier.reminders;

/**
 * A rendered reminder, ready for any transport.
 *
 * @param reminderId stable per job, rule and occurrence: sent as a header so that the rare
 *        duplicate (see {@link ReminderProcessor}) can be recognised downstream
 */
public record ReminderEmail(String to, String subject, String text, String html, String unsubscribeUrl,
        String reminderId) {
}
