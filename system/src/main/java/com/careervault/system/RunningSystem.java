package com.careervault.system;

import com.careervault.api.CommandApiApplication;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackInitializer;
import java.time.Duration;
import com.careervault.enricher.EnricherApplication;
import com.careervault.notifier.NotifierApplication;
import com.careervault.projector.ProjectorApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The services (projector, notifier, enricher, command API), each in its own application context in this
 * JVM, pointed at a running devstack with the {@code devstack} profile.
 */
public final class RunningSystem implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final int apiPort;

    private RunningSystem(DevStack stack, int apiPort, Map<String, String> overrides, Class<?>... extraApiSources) {
        this(stack, apiPort, overrides, true, extraApiSources);
    }

    private RunningSystem(DevStack stack, int apiPort, Map<String, String> overrides, boolean withNotifier,
            Class<?>... extraApiSources) {
        Map<String, String> settings = new LinkedHashMap<>(stack.springProperties());
        settings.put("spring.profiles.active", "devstack");
        settings.put("spring.jmx.enabled", "false");
        settings.putAll(overrides);
        try {
            contexts.add(ProjectorApplication.application().run(arguments(settings)));
            if (withNotifier) {
                contexts.add(NotifierApplication.application().run(arguments(settings)));
                contexts.add(EnricherApplication.application().run(arguments(settings)));
            }
            Map<String, String> api = new LinkedHashMap<>(settings);
            api.put("server.port", Integer.toString(apiPort));
            ConfigurableApplicationContext commandApi = CommandApiApplication.application().sources(extraApiSources)
                    .run(arguments(api));
            contexts.add(commandApi);
            this.apiPort = ((WebServerApplicationContext) commandApi).getWebServer().getPort();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts projector, notifier, enricher and command API. {@code apiPort} 0 picks a free
     * port; {@code overrides} are extra settings for all three (command-line precedence).
     */
    public static RunningSystem start(DevStack stack, int apiPort, Map<String, String> overrides) {
        return new RunningSystem(stack, apiPort, overrides);
    }

    /**
     * As {@link #start(DevStack, int, Map)}, with extra classes (e.g. a controller of
     * the benchmark) registered in the command API's context, behind its security.
     */
    public static RunningSystem start(DevStack stack, int apiPort, Map<String, String> overrides,
            Class<?>... extraApiSources) {
        return new RunningSystem(stack, apiPort, overrides, extraApiSources);
    }

    /**
     * A command API and a projector only: with {@link #start(DevStack, int, Map)} already running, a second
     * instance of each (the projector joins the same consumer group).
     */
    public static RunningSystem startApiAndProjector(DevStack stack, int apiPort, Map<String, String> overrides) {
        return new RunningSystem(stack, apiPort, overrides, false);
    }

    /** The projector's application context (the first started), e.g. to look at its metrics. */
    public ConfigurableApplicationContext projector() {
        return contexts.get(0);
    }

    /** The enricher's application context, e.g. to look at its metrics; absent in a second instance. */
    public ConfigurableApplicationContext enricher() {
        return contexts.stream().filter(c -> c.containsBean("enricherApplication")).findFirst()
                .orElseThrow(() -> new IllegalStateException("this instance runs no enricher"));
    }

    /** The command API's application context (the last started), e.g. to use its producer settings. */
    public ConfigurableApplicationContext commandApi() {
        return contexts.get(contexts.size() - 1);
    }

    public int apiPort() {
        return apiPort;
    }

    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    private static String[] arguments(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /**
     * Stops the API first (no new commands), then the consumers, each done when this returns (also when Spring's
     * shutdown hook is closing them at the same time), so that the devstack can be stopped next.
     */
    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            DevStackInitializer.closeAndWait(contexts.get(i), Duration.ofSeconds(60));
        }
        contexts.clear();
    }
}
