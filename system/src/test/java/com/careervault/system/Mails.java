package com.careervault.system;

import com.careervault.devstack.DevStack;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mails the devstack's SMTP server (GreenMail, in this JVM) received, as the system tests read them. */
final class Mails {

    private Mails() {
    }

    /** Every mail to exactly {@code address}, oldest first. */
    static List<MimeMessage> to(String address) {
        return DevStack.shared().mailbox().received().stream().filter(message -> {
            try {
                Message.RecipientType type = Message.RecipientType.TO;
                return message.getRecipients(type) != null
                        && Arrays.stream(message.getRecipients(type)).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The raw message with quoted-printable soft line breaks and {@code =3D} undone, so links stay whole. */
    static String text(MimeMessage message) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8).replace("=\r\n", "").replace("=3D", "=");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first link to the web app's {@code page} ({@code verify-email}, {@code unsubscribe}, …) in the
     * message: group 1 is the whole URL, group 2 its path and query, group 3 the token.
     */
    static Optional<Matcher> link(MimeMessage message, String page) {
        Matcher link = Pattern.compile("(http://localhost:\\d+(/" + page + "\\?token=([A-Za-z0-9_.-]+)))")
                .matcher(text(message));
        return link.find() ? Optional.of(link) : Optional.empty();
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
