package com.careervault.notifier.mail;

/**
 * A rendered email, ready for any transport.
 *
 * @param idHeader the name of the header that carries {@code id}, e.g. {@link SmtpMailer#REMINDER_ID_HEADER}
 * @param id stable per reminder occurrence or per account event: the same value on the rare duplicate that
 *        at-least-once delivery lets through, so that it can be recognised downstream
 * @param unsubscribeUrl the one-click unsubscribe URL of bulk mail (reminders), sent as {@code List-Unsubscribe}
 *        (RFC 2369) with {@code List-Unsubscribe-Post} (RFC 8058); {@code null} for account emails, which are
 *        not bulk mail and which nobody can opt out of
 */
public record Email(String to, String subject, String text, String html, String idHeader, String id,
        String unsubscribeUrl) {
}
