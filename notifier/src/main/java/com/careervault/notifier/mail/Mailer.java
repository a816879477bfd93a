package com.careervault.notifier.reminders;

/** Delivers reminder emails. SMTP in the application; a recording fake in topology tests. */
public interface ReminderMailer {

    /** Sends one email, or throws {@link ReminderDeliveryException} so that it is retried later. */
    void send(ReminderEmail email);
}
