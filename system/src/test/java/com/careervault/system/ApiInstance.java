package com.careervault.system;

import com.careervault.api.CommandApiApplication;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackInitializer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One more command-API instance on the shared devstack, beside {@link TheSystem}'s, with its own settings
 * (command-line precedence, as an operator's environment variables would be). It shares the log, the
 * tables and the user pool with every other instance.
 */
final class ApiInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final WebTestClient http;

    private ApiInstance(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    static ApiInstance start(Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>(DevStack.shared().springProperties());
        settings.put("spring.profiles.active", "devstack");
        settings.put("spring.jmx.enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        settings.put("server.port", "0");
        settings.putAll(overrides);
        return new ApiInstance(CommandApiApplication.application().run(settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new)));
    }

    /** An HTTP client of this instance that waits up to {@code timeout} for an answer of up to 64 MB. */
    WebTestClient http(Duration timeout) {
        return http.mutate().responseTimeout(timeout)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    }

    /** POST with the user's token and JSON body; {@code headers} are name, value pairs. */
    WebTestClient.ResponseSpec post(Api user, String path, String json, String... headers) {
        WebTestClient.RequestBodySpec request = http.post().uri(path).header("Authorization", user.bearer)
                .contentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.bodyValue(json).exchange();
    }

    WebTestClient.ResponseSpec delete(Api user, String path) {
        return http.delete().uri(path).header("Authorization", user.bearer).exchange();
    }

    /**
     * Stops the instance when the JVM exits, not now: every API context of this JVM shares Reactor Netty's
     * global event loops, and closing one context disposes them, which would take {@link TheSystem}'s API
     * down with it. It closes before the devstack stops.
     */
    @Override
    public void close() {
        DevStack.shared().closeBeforeStopping(() -> DevStackInitializer.closeAndWait(context, Duration.ofSeconds(60)));
    }
}
