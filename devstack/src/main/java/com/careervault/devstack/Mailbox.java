package com.careervault.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** GreenMail, a real SMTP server inside this JVM: every mail sent to it is kept and readable. */
public final class Mailbox implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    Mailbox(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    void start() {
        greenMail.start();
    }

    public int smtpPort() {
        return port;
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    /**
     * Every message received so far: GreenMail groups them by recipient mailbox, oldest first within
     * each, so filter by recipient (or key by Message-ID) rather than rely on one overall order.
     */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
