package com.careervault.devstack;

import java.util.LinkedHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the JVM's shared {@link DevStack}:
 * {@code @ContextConfiguration(initializers = DevStackInitializer.class)}.
 * Its settings win over application.yml, as a test's should.
 */
public final class DevStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("devstack", new LinkedHashMap<>(DevStack.shared().springProperties())));
    }
}
