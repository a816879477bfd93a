package com.careervault.devstack;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's child JVM: runs Apache Kafka's own main class
 * and exits when the parent JVM goes away (our stdin reaches end-of-file).
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        Thread lifeline = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // nothing is ever sent; we only wait for end-of-file
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, as end-of-file does
            }
            System.exit(0);
        }, "parent-lifeline");
        lifeline.setDaemon(true);
        lifeline.start();
        kafka.Kafka.main(args);
    }
}
