package com.careervault.notifier.mail;

/** The mail server did not take an email; the sender's schedule retries it with backoff. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
