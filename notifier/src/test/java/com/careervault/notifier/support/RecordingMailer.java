package com.careervault.notifier.support;

import com.careervault.notifier.reminders.ReminderDeliveryException;
import com.careervault.notifier.reminders.ReminderEmail;
import com.careervault.notifier.reminders.ReminderMailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps every email instead of sending it; can be told to fail the next few sends like a down SMTP server. */
public final class RecordingMailer implements ReminderMailer {

    private final List<ReminderEmail> sent = new ArrayList<>();
    private int failuresToSimulate;
    private int attempts;

    @Override
    public synchronized void send(ReminderEmail email) {
        attempts++;
        if (failuresToSimulate > 0) {
            failuresToSimulate--;
            throw new ReminderDeliveryException("simulated SMTP outage", new IllegalStateException("421"));
        }
        sent.add(email);
    }

    public synchronized void failNext(int times) {
        failuresToSimulate = times;
    }

    public synchronized List<ReminderEmail> sent() {
        return List.copyOf(sent);
    }

    public synchronized int attempts() {
        return attempts;
    }
}
