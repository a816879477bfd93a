package com.careervault.notifier.support;

import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.MailDeliveryException;
import com.careervault.notifier.mail.Mailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps every email instead of sending it; can be told to fail the next few sends like a down SMTP server. */
public final class RecordingMailer implements Mailer {

    private final List<Email> sent = new ArrayList<>();
    private int failuresToSimulate;
    private int attempts;

    @Override
    public synchronized void send(Email email) {
        attempts++;
        if (failuresToSimulate > 0) {
            failuresToSimulate--;
            throw new MailDeliveryException("simulated SMTP outage", new IllegalStateException("421"));
        }
        sent.add(email);
    }

    public synchronized void failNext(int times) {
        failuresToSimulate = times;
    }

    public synchronized List<Email> sent() {
        return List.copyOf(sent);
    }

    public synchronized int attempts() {
        return attempts;
    }
}
