package com.careervault.notifier.mail;

/** Delivers emails (reminders and account emails). SMTP in the application; a recording fake in topology tests. */
public interface Mailer {

    /** Sends one email, or throws {@link MailDeliveryException} so that it is retried later. */
    void send(Email email);
}
