package com.careervault.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The interactive devstack: starts every part on its well-known port with
 * data kept under {@code .data/} (or {@code CAREERVAULT_DATA_DIR}), prints
 * where each listens, and stops everything on Ctrl-C.
 */
public final class DevStackMain {

    private DevStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(System.getenv().getOrDefault("CAREERVAULT_DATA_DIR", ".data")).toAbsolutePath();
        DevStack stack = DevStack.start(DevStackOptions.interactive(dataDir));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "devstack-stop"));
        // Started by Maven (exec:exec): if Maven goes away without passing on a signal, so do we.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.println(describe(stack));
        stopped.await();
    }

    static String describe(DevStack stack) {
        StringBuilder text = new StringBuilder("""

                CareerVault devstack is up (Ctrl-C stops everything). Data: %s
                  Kafka bootstrap servers  %s
                  DynamoDB API (dynalite)  %s
                  S3 API (s3rver)          %s   bucket %s
                  Cognito API              %s
                    user pool id           %s
                    app client id          %s
                    issuer                 %s
                    JWKS                   %s
                  SMTP (GreenMail)         %s:%d

                Settings for the services:
                """.formatted(stack.dataDir(), stack.kafkaBootstrapServers(), stack.dynamoDbEndpoint(),
                stack.s3Endpoint(), stack.documentsBucket(), stack.cognito().endpoint(), stack.cognito().userPoolId(), stack.cognito().clientId(),
                stack.cognito().issuer(), stack.cognito().jwkSetUri(), stack.mailbox().smtpHost(),
                stack.mailbox().smtpPort()));
        stack.springProperties().forEach((key, value) -> text.append("  ").append(key).append('=').append(value)
                .append('\n'));
        return text.toString();
    }
}
