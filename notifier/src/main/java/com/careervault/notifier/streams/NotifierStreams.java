package com.careervault.notifier.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the notifier topology for as long as the application runs. Stopping closes the Kafka
 * Streams instance cleanly (committing); starting again creates a new one, which resumes from the
 * committed offsets and the stores' changelogs.
 */
public final class NotifierStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotifierStreams.class);

    private final NotifierTopology topology;
    private final Map<String, Object> config;
    private final String stateDir;
    private KafkaStreams streams;

    /**
     * @param stateDir where the local stores live; blank means a fresh temporary directory on every
     *        start, restored from the changelogs (what tests and the devstack want: no stale state)
     */
    public NotifierStreams(NotifierTopology topology, Map<String, Object> config, String stateDir) {
        this.topology = topology;
        this.config = Map.copyOf(config);
        this.stateDir = stateDir;
    }

    @Override
    public synchronized void start() {
        Properties properties = new Properties();
        properties.putAll(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, resolveStateDir().toString());
        streams = new KafkaStreams(topology.build(), properties);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("notifier stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            // leaveGroup takes effect for static members (group.instance.id, settable through
            // careervault.notifier.streams): their partitions move at once instead of after the session timeout
            streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
            streams = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return streams != null;
    }

    public synchronized KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    }

    private Path resolveStateDir() {
        try {
            if (stateDir == null || stateDir.isBlank()) {
                return Files.createTempDirectory("careervault-notifier-state");
            }
            return Files.createDirectories(Path.of(stateDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
