package com.careervault.notifier.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends emails over SMTP as multipart/alternative: a plain-text part and an HTML part. An email with
 * attachments is multipart/mixed (RFC 2046 §5.1.3): that alternative part first, then one part per attachment
 * with {@code Content-Disposition: attachment} and its file name.
 */
public final class SmtpMailer implements Mailer {

    /** Carries a reminder's {@link Email#id()}: the same value on a re-sent duplicate. */
    public static final String REMINDER_ID_HEADER = "X-CareerVault-Reminder";
    /** Carries an account email's {@link Email#id()} (verification, reset, notices). */
    public static final String ACCOUNT_EMAIL_ID_HEADER = "X-CareerVault-Account-Email";
    /** RFC 8058 §3.1: the provider may POST {@code List-Unsubscribe=One-Click} to the List-Unsubscribe URL. */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        try {
            sender.send(message(email));
        } catch (MailException | MessagingException e) {
            throw new MailDeliveryException("SMTP did not accept the email " + email.id(), e);
        }
    }

    private MimeMessage message(Email email) throws MessagingException {
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
        message.setContent(email.attachments().isEmpty() ? alternative : mixed(alternative, email));
        message.setHeader(email.idHeader(), email.id());
        if (email.unsubscribeUrl() != null) {
            // mail clients offer their own "unsubscribe" button for the link (RFC 2369); with the Post header the
            // provider POSTs instead of following it (RFC 8058), so a link scanner's GET changes nothing
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", ONE_CLICK);
        }
        return message;
    }

    private static MimeMultipart mixed(MimeMultipart alternative, Email email) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (Email.Attachment attachment : email.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.contentType())));
            part.setFileName(attachment.fileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }
}
