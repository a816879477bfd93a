package com.careervault.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * CareerVault's local infrastructure on loopback: a Kafka broker (KRaft),
 * dynalite, cognito-local, s3rver (S3 API) and GreenMail. Tests share one per JVM through
 * {@link #shared()}; the interactive run starts its own.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    /** {@code -Dcareervault.stack=testcontainers} (or CAREERVAULT_STACK) runs Kafka and DynamoDB in Docker. */
    public static final String BACKENDS_PROPERTY = "careervault.stack";

    private final DevStackOptions options;
    private final KafkaBroker kafka;
    private final Dynalite dynalite;
    private final S3rver s3;
    private final ContainerBackends containers;
    private final CognitoLocal cognito;
    private final Mailbox mailbox;
    private final boolean deleteDataOnClose;
    private final Deque<AutoCloseable> users = new ConcurrentLinkedDeque<>();

    private DevStack(DevStackOptions options, boolean deleteDataOnClose, boolean inContainers) {
        this.options = options;
        this.deleteDataOnClose = deleteDataOnClose;
        NodePrograms node = NodePrograms.locate();
        Path dir = options.dataDir();
        this.containers = inContainers ? new ContainerBackends() : null;
        this.kafka = inContainers ? null : new KafkaBroker(dir.resolve("kafka"), port(options.kafkaPort()),
                port(options.kafkaControllerPort()));
        this.dynalite = inContainers ? null : new Dynalite(node, dir, port(options.dynamoDbPort()),
                options.persistent() ? dir.resolve("dynalite") : null);
        this.s3 = inContainers ? null : new S3rver(node, dir, port(options.s3Port()), dir.resolve("s3"));
        this.cognito = new CognitoLocal(node, dir.resolve("cognito"), port(options.cognitoPort()));
        this.mailbox = new Mailbox(port(options.smtpPort()));
    }

    /** Starts every part; on failure stops what had started and rethrows. */
    public static DevStack start(DevStackOptions options) {
        return start(options, false, false);
    }

    private static DevStack start(DevStackOptions options, boolean deleteDataOnClose, boolean inContainers) {
        try {
            Files.createDirectories(options.dataDir().resolve("cognito"));
            Files.createDirectories(options.dataDir().resolve("s3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DevStack stack = new DevStack(options, deleteDataOnClose, inContainers);
        long started = System.nanoTime();
        try {
            // the broker takes longest: start the Node servers and GreenMail while it boots
            Thread others = new Thread(() -> {
                if (stack.dynalite != null) {
                    stack.dynalite.start();
                }
                if (stack.s3 != null) {
                    stack.s3.start();
                }
                stack.cognito.start();
                stack.mailbox.start();
            }, "devstack-start");
            List<Throwable> failures = new ArrayList<>();
            others.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
            others.start();
            if (stack.containers != null) {
                stack.containers.start();
            } else {
                stack.kafka.start();
            }
            others.join();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("devstack failed to start", failures.get(0));
            }
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        log.info("devstack up in {} ms: kafka {}, dynamodb {}, s3 {}, cognito {} (pool {}), smtp {}",
                (System.nanoTime() - started) / 1_000_000, stack.kafkaBootstrapServers(), stack.dynamoDbEndpoint(),
                stack.s3Endpoint(), stack.cognito.endpoint(), stack.cognito.userPoolId(), stack.mailbox.smtpPort());
        return stack;
    }

    /**
     * The one stack of this JVM, started on first use in a fresh temporary
     * directory with in-memory tables, and stopped when the JVM exits.
     */
    public static DevStack shared() {
        return Shared.STACK;
    }

    /** Lazy holder: the JVM starts the stack once, on first access, thread-safely. */
    private static final class Shared {
        static final DevStack STACK = startShared();

        private static DevStack startShared() {
            try {
                DevStack stack = start(DevStackOptions.forTests(Files.createTempDirectory("careervault-devstack")),
                        true, inContainers());
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-stop"));
                return stack;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** True when the shared stack is asked to run Kafka and DynamoDB in Docker (Testcontainers). */
    public static boolean inContainers() {
        String backends = System.getProperty(BACKENDS_PROPERTY, System.getenv("CAREERVAULT_STACK"));
        return "testcontainers".equalsIgnoreCase(backends);
    }

    /** The embedded broker, which tests may stop and restart; absent when Kafka runs in a container. */
    public KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka runs in a container here: the embedded broker is not available");
        }
        return kafka;
    }

    /** The embedded dynalite, which tests may suspend; absent when DynamoDB runs in a container. */
    public Dynalite dynalite() {
        if (dynalite == null) {
            throw new IllegalStateException("DynamoDB runs in a container here: dynalite is not available");
        }
        return dynalite;
    }

    /** A synchronous client of whichever DynamoDB-API backend runs; the caller closes it. */
    public DynamoDbClient dynamoDb() {
        return Dynalite.client(URI.create(dynamoDbEndpoint()));
    }

    /** The embedded s3rver; absent when S3 runs in a container. */
    public S3rver s3rver() {
        if (s3 == null) {
            throw new IllegalStateException("S3 runs in a container here: s3rver is not available");
        }
        return s3;
    }

    /**
     * A synchronous client of whichever S3-API backend runs, set up as the services set up theirs
     * ({@code S3Settings}: path style, no {@code aws-chunked} bodies); the caller closes it.
     */
    public S3Client s3() {
        return S3rver.client(URI.create(s3Endpoint()));
    }

    /** The S3 API's base URL (path-style addressing): s3rver, or LocalStack in a container. */
    public String s3Endpoint() {
        return (containers != null ? containers.s3Endpoint() : s3.endpoint()).toString();
    }

    /** The bucket the stack creates for documents. */
    public String documentsBucket() {
        return S3rver.DOCUMENTS_BUCKET;
    }

    /** An admin client of whichever Kafka backend runs; the caller closes it. */
    public Admin kafkaAdmin() {
        return StackResources.admin(kafkaBootstrapServers());
    }

    public CognitoLocal cognito() {
        return cognito;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public String kafkaBootstrapServers() {
        return containers != null ? containers.bootstrapServers() : kafka.bootstrapServers();
    }

    public String dynamoDbEndpoint() {
        return (containers != null ? containers.dynamoDbEndpoint() : dynalite.endpoint()).toString();
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /**
     * The settings that point a CareerVault service at this stack, by the
     * services' configuration property names.
     */
    public Map<String, String> springProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        p.put("careervault.aws.region", "us-east-1");
        p.put("careervault.aws.access-key-id", Dynalite.ACCESS_KEY);
        p.put("careervault.aws.secret-access-key", Dynalite.SECRET_KEY);
        p.put("careervault.dynamodb.endpoint", dynamoDbEndpoint());
        p.put("careervault.s3.endpoint", s3Endpoint());
        p.put("careervault.documents.bucket", documentsBucket());
        p.put("careervault.cognito.endpoint", cognito.endpoint().toString());
        p.put("careervault.cognito.user-pool-id", cognito.userPoolId());
        p.put("careervault.cognito.client-id", cognito.clientId());
        p.put("careervault.cognito.issuer-uri", cognito.issuer());
        p.put("careervault.cognito.jwk-set-uri", cognito.jwkSetUri());
        p.put("spring.mail.host", mailbox.smtpHost());
        p.put("spring.mail.port", Integer.toString(mailbox.smtpPort()));
        return p;
    }

    /**
     * Has {@code user} (an application context, a running system: anything with clients of this stack that
     * lives until the JVM exits) closed when this stack closes, before any of its servers stops; the latest
     * registered closes first, and each {@code close()} should return only once it is done. The shared stack
     * stops in a JVM shutdown hook, and the JVM runs all hooks at once: a user closed by another hook (Spring's
     * closes every application context) after the broker had gone waited out its clients' timeouts (Kafka
     * Streams flushing its producer blocked the test JVM's exit until Surefire killed it, 30 s later).
     */
    public void closeBeforeStopping(AutoCloseable user) {
        users.addFirst(user);
    }

    /** Forgets a user that {@link #closeBeforeStopping} would close, once it has closed by itself. */
    public void forget(AutoCloseable user) {
        users.remove(user);
    }

    /** Closes the registered users ({@link #closeBeforeStopping}), then stops every part. */
    @Override
    public void close() {
        for (AutoCloseable user = users.pollFirst(); user != null; user = users.pollFirst()) {
            try {
                user.close();
            } catch (Exception e) {
                log.warn("closing {} before the devstack failed: {}", user, e.toString());
            }
        }
        for (AutoCloseable part : new AutoCloseable[] {kafka, dynalite, s3, containers, cognito, mailbox}) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        if (deleteDataOnClose) {
            deleteRecursively(options.dataDir());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("could not delete {}: {}", dir, e.toString());
        }
    }

    private static int port(int requested) {
        if (requested != 0) {
            return requested;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
