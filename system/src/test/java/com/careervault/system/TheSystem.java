package com.careervault.system;

import com.careervault.devstack.DevStack;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;
import java.time.Duration;

/**
 * The whole system, started once per test JVM on the shared devstack, with
 * reminder timing shortened: a follow-up "day" lasts two seconds, and a "day" of the Ghosted thresholds
 * ({@link #GHOSTED_DAY}) a minute.
 */
final class TheSystem {

    private TheSystem() {
    }

    /**
     * The unit of the users' Ghosted thresholds here: a user who sets one "day" sees an idle job marked after a
     * minute, while the defaults (21 and 14) leave every other test's jobs alone for a quarter of an hour.
     */
    static final Duration GHOSTED_DAY = Duration.ofSeconds(60);

    /** The account limit of the system under test (the production default is 10,000). */
    static final int MAX_JOBS_PER_ACCOUNT = 4_000;

    static RunningSystem get() {
        return Holder.SYSTEM;
    }

    /** An HTTP client of the running API: tests talk to it over a real socket only. */
    static WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl(get().apiUrl()).responseTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * A second command API and a second projector (same consumer group) on the same devstack, started on first
     * use: for tests that must hold with several instances.
     */
    static WebTestClient secondApiHttp() {
        return WebTestClient.bindToServer().baseUrl(SecondInstances.API.apiUrl())
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** Pauses (or resumes) every projector of the system: their consumers stay in the group but apply nothing. */
    static void pauseProjectors(boolean pause) {
        java.util.List<RunningSystem> systems = new java.util.ArrayList<>(java.util.List.of(get()));
        if (SECOND.get() != null) {
            systems.add(SECOND.get());
        }
        for (RunningSystem system : systems) {
            for (var container : system.projector()
                    .getBean(org.springframework.kafka.config.KafkaListenerEndpointRegistry.class)
                    .getListenerContainers()) {
                if (pause) {
                    container.pause();
                } else {
                    container.resume();
                }
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicReference<RunningSystem> SECOND =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static final class SecondInstances {
        static final RunningSystem API = startSecond();

        private static RunningSystem startSecond() {
            get();
            RunningSystem second = RunningSystem.startApiAndProjector(DevStack.shared(), 0,
                    Map.of("spring.main.banner-mode", "off"));
            SECOND.set(second);
            // closed when the JVM exits, before the devstack stops (JVM shutdown hooks would run at once)
            DevStack.shared().closeBeforeStopping(second);
            return second;
        }
    }

    private static final class Holder {
        static final RunningSystem SYSTEM = start();

        private static RunningSystem start() {
            int port = freePort();
            RunningSystem system = RunningSystem.start(DevStack.shared(), port, Map.of(
                    "careervault.notifier.public-api-url", "http://localhost:" + port,
                    // subscription addresses a calendar app (or a browser spec) can fetch from this instance
                    "careervault.calendar.public-api-url", "http://localhost:" + port,
                    "careervault.notifier.follow-up-day", "PT2S",
                    "careervault.notifier.ghosted-day", GHOSTED_DAY.toString(),
                    "careervault.notifier.punctuation-interval", "200ms",
                    // the tests' own account limits: room for the search and many-jobs tests, no rate to wait for
                    "careervault.quotas.max-live-jobs", Integer.toString(MAX_JOBS_PER_ACCOUNT),
                    "careervault.quotas.create-rate.limit", "1000000",
                    "careervault.quotas.create-rate.burst", "1000000",
                    "spring.main.banner-mode", "off"));
            DevStack.shared().closeBeforeStopping(system);
            return system;
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
