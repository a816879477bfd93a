package com.careervault.system;

import com.careervault.devstack.DevStack;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;
import java.time.Duration;

/**
 * The whole system, started once per test JVM on the shared devstack, with
 * reminder timing shortened: a follow-up "day" lasts two seconds.
 */
final class TheSystem {

    private TheSystem() {
    }

    static RunningSystem get() {
        return Holder.SYSTEM;
    }

    /** An HTTP client of the running API: tests talk to it over a real socket only. */
    static WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl(get().apiUrl()).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private static final class Holder {
        static final RunningSystem SYSTEM = start();

        private static RunningSystem start() {
            int port = freePort();
            RunningSystem system = RunningSystem.start(DevStack.shared(), port, Map.of(
                    "careervault.notifier.public-api-url", "http://localhost:" + port,
                    "careervault.notifier.follow-up-day", "PT2S",
                    "careervault.notifier.punctuation-interval", "200ms",
                    "spring.main.banner-mode", "off"));
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "system-stop"));
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
