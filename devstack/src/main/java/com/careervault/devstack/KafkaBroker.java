package com.careervault.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller),
 * in a child JVM on loopback, with CareerVault's topics created.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final ChildProcess broker;

    KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.broker = new ChildProcess("kafka broker", javaCommand(KafkaBrokerMain.class.getName(),
                dir.resolve("server.properties").toString()), dir, Map.of(), dir.resolve("broker.log"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void start() {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("server.properties"), serverProperties());
            Files.writeString(dir.resolve("logback.xml"), QUIET_LOGBACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            new ChildProcess("kafka storage format", javaCommand("kafka.tools.StorageTool", "format", "--standalone",
                    "-t", Uuid.randomUuid().toString(), "-c", dir.resolve("server.properties").toString()),
                    dir, Map.of(), dir.resolve("format.log")).runToCompletion(Duration.ofSeconds(60));
        }
        restart();
        StackResources.createTopics(bootstrapServers());
    }

    /** Starts the broker again after {@link #stop()}, on the same ports with the same log. */
    public void restart() {
        broker.start();
        broker.awaitPort(port, Duration.ofSeconds(60));
        awaitReady();
    }

    /** Stops the broker process; clients see it as unreachable until {@link #restart()}. */
    public void stop() {
        broker.stop();
    }

    public Admin admin() {
        return StackResources.admin(bootstrapServers());
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("kafka broker not ready; last output:\n" + broker.logTail(),
                                notYet);
                    }
                    ChildProcess.pause(Duration.ofMillis(100));
                }
            }
        }
    }

    private String serverProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve("logs").toString());
        p.setProperty("num.partitions", "1");
        // one broker: every internal topic has a single replica
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // topics are declared (devstack, NewTopic beans), never created by accident
        p.setProperty("auto.create.topics.enable", "false");
        StringBuilder text = new StringBuilder("# written by the CareerVault devstack on every start\n");
        p.stringPropertyNames().stream().sorted()
                .forEach(key -> text.append(key).append('=').append(p.getProperty(key)).append('\n'));
        return text.toString();
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                "-cp", ClassPath.current(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    @Override
    public void close() {
        stop();
    }

    private static final String QUIET_LOGBACK = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
