package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevStackExtension.class)
class MailSmokeTest {

    @Test
    void mailSentOverSmtpIsReceived(DevStack stack) throws Exception {
        String subject = "Follow up " + UUID.randomUUID();
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", stack.mailbox().smtpHost());
        smtp.put("mail.smtp.port", Integer.toString(stack.mailbox().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("reminders@careervault.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("jane@example.com"));
        message.setSubject(subject);
        message.setText("Time to follow up with Tech Corp.");

        Transport.send(message);

        assertThat(stack.mailbox().received())
                .filteredOn(received -> subject.equals(uncheckedSubject(received)))
                .singleElement()
                .satisfies(received -> {
                    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("jane@example.com");
                    assertThat(((String) received.getContent()).trim()).isEqualTo("Time to follow up with Tech Corp.");
                });
    }

    private static String uncheckedSubject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
