package com.careervault.devstack;

import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the JVM's shared {@link DevStack}:
 * {@code @ContextConfiguration(initializers = DevStackInitializer.class)}.
 * Its settings win over application.yml, as a test's should. A context still open when the JVM exits is closed
 * before the stack stops ({@link DevStack#closeBeforeStopping}), so that its Kafka clients close against a
 * running broker.
 */
public final class DevStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DevStack stack = DevStack.shared();
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("devstack", new LinkedHashMap<>(stack.springProperties())));
        ClosedFirst closer = new ClosedFirst(context, stack);
        stack.closeBeforeStopping(closer);
        context.addApplicationListener(closer);
    }

    /**
     * Closes a context and waits until it is closed: Spring's own shutdown hook may be closing it at the same
     * time, and then {@code close()} returns at once. A context that closes by itself (a test's
     * {@code @DirtiesContext}) is forgotten, not kept until the JVM exits.
     */
    private record ClosedFirst(ConfigurableApplicationContext context, DevStack stack)
            implements AutoCloseable, ApplicationListener<ContextClosedEvent> {

        @Override
        public void close() {
            closeAndWait(context, Duration.ofSeconds(60));
        }

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            // a child context's event reaches its parent's listeners too
            if (event.getApplicationContext() == context) {
                stack.forget(this);
            }
        }
    }

    /**
     * Closes {@code context} and waits until it is no longer active, at most {@code timeout}: if another thread
     * (Spring's shutdown hook) is closing it already, {@code close()} returns before that is done.
     */
    public static void closeAndWait(ConfigurableApplicationContext context, Duration timeout) {
        context.close();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (context.isActive() && System.nanoTime() < deadline) {
            ChildProcess.pause(Duration.ofMillis(20));
        }
    }
}
