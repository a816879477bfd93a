package com.careervault.notifier.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered email, ready for any transport.
 *
 * @param idHeader the name of the header that carries {@code id}, e.g. {@link SmtpMailer#REMINDER_ID_HEADER}
 * @param id stable per reminder occurrence or per account event: the same value on the rare duplicate that
 *        at-least-once delivery lets through, so that it can be recognised downstream
 * @param unsubscribeUrl the one-click unsubscribe URL of bulk mail (reminders), sent as {@code List-Unsubscribe}
 *        (RFC 2369) with {@code List-Unsubscribe-Post} (RFC 8058); {@code null} for account emails, which are
 *        not bulk mail and which nobody can opt out of
 * @param attachments files sent along (an interview reminder's {@code .ics}), in order; empty for most emails
 */
public record Email(String to, String subject, String text, String html, String idHeader, String id,
        String unsubscribeUrl, List<Attachment> attachments) {

    public Email {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An email without attachments. */
    public Email(String to, String subject, String text, String html, String idHeader, String id,
            String unsubscribeUrl) {
        this(to, subject, text, html, idHeader, id, unsubscribeUrl, List.of());
    }

    /** This email with {@code attachment} added after the ones it has. */
    public Email withAttachment(Attachment attachment) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new Email(to, subject, text, html, idHeader, id, unsubscribeUrl, all);
    }

    /**
     * A file attached to an email.
     *
     * @param fileName the name mail clients show and save it under, e.g. {@code interview.ics}
     * @param contentType its full MIME type with parameters, e.g. {@code text/calendar; charset=utf-8;
     *        method=PUBLISH}
     * @param content its bytes (for text, already encoded in the charset {@code contentType} names)
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            if (fileName == null || fileName.isBlank() || contentType == null || contentType.isBlank()
                    || content == null) {
                throw new IllegalArgumentException("an attachment needs a file name, a content type and content");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
