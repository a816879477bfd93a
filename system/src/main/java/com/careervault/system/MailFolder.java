package com.careervault.system;

import com.careervault.devstack.Mailbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies every mail GreenMail receives into a folder as an .eml file, so that
 * the emails of the local run (verification and reset links, reminders) can be
 * opened with any mail program, and announces each on the console with the
 * links it carries, so that a person trying the app locally can verify their
 * address without a mail program.
 */
final class MailFolder implements AutoCloseable {

    private final Mailbox mailbox;
    private final Path folder;
    private final ScheduledExecutorService copier = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-folder");
        thread.setDaemon(true);
        return thread;
    });
    private final String started = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .format(java.time.LocalDateTime.now());
    private final java.util.Set<String> saved = new java.util.HashSet<>();
    private int copied;

    MailFolder(Mailbox mailbox, Path folder) throws IOException {
        this.mailbox = mailbox;
        this.folder = Files.createDirectories(folder);
        this.copied = 0;
        copier.scheduleWithFixedDelay(this::copyNew, 1, 1, TimeUnit.SECONDS);
    }

    Path folder() {
        return folder;
    }

    private void copyNew() {
        // GreenMail lists its mails grouped by recipient, not in arrival order: a mail is new when its
        // Message-ID (one per SMTP send) has not been saved yet, wherever it stands in the list
        for (MimeMessage message : mailbox.received()) {
            String id;
            try {
                id = message.getMessageID();
            } catch (MessagingException e) {
                continue;
            }
            if (id == null || !saved.add(id)) {
                continue;
            }
            copied++;
            // GreenMail starts empty on every run: a time stamp keeps earlier runs' files
            Path file = folder.resolve(String.format("%s-%05d.eml", started, copied));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
                announce(message, file);
            } catch (IOException | MessagingException e) {
                System.err.println("could not save mail " + file + ": " + e);
            }
        }
    }

    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("https?://\\S+/(verify-email|reset-password|unsubscribe)\\?token=[A-Za-z0-9_.-]+");

    private static void announce(MimeMessage message, Path file) throws IOException, MessagingException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        message.writeTo(raw);
        // quoted-printable soft line breaks would split the links
        String text = raw.toString(java.nio.charset.StandardCharsets.UTF_8).replace("=\r\n", "").replace("=3D", "=");
        StringBuilder line = new StringBuilder("mail to ")
                .append(java.util.Arrays.toString(message.getAllRecipients())).append(": ")
                .append(message.getSubject()).append("  (").append(file).append(')');
        LINK.matcher(text).results().map(java.util.regex.MatchResult::group).distinct()
                .forEach(link -> line.append(System.lineSeparator()).append("    ").append(link));
        System.out.println(line);
    }

    @Override
    public void close() {
        copier.shutdownNow();
    }
}
