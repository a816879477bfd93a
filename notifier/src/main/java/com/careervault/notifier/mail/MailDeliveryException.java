package com.careervault.notifier.reminders;

/** The mail server did not take a reminder; the schedule retries it with backoff. */
public class ReminderDeliveryException extends RuntimeException {

    public ReminderDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
