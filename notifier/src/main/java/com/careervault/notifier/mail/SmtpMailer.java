package com.careervault.notifier.reminders;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends reminders over SMTP as multipart/alternative: a plain-text part and an HTML part. */
public final class SmtpReminderMailer implements ReminderMailer {

    /** Carries {@link ReminderEmail#reminderId()}: the same value on a re-sent duplicate. */
    public static final String REMINDER_ID_HEADER = "X-CareerVault-Reminder";

    private final JavaMailSender sender;
    private final String from;

    public SmtpReminderMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(ReminderEmail email) {
        try {
            sender.send(message(email));
        } catch (MailException | MessagingException e) {
            throw new ReminderDeliveryException("SMTP did not accept the reminder " + email.reminderId(), e);
        }
    }

    private MimeMessage message(ReminderEmail email) throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), charset, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), charset, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to()));
        message.setSubject(email.subject(), charset);
        message.setContent(alternative);
        message.setHeader(REMINDER_ID_HEADER, email.reminderId());
        // lets mail clients offer their own "unsubscribe" button for the same link
        message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
        return message;
    }
}
