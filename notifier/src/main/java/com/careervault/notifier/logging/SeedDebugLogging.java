package com.careervault.notifier.logging;

import com.careervault.contracts.logging.SeedLogLevel;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The seed's {@code DEBUG=true} / {@code LOG_LEVEL=debug}: sets
 * {@code logging.level.com.careervault} (see {@link SeedLogLevel}) before
 * logging is initialized. Added as the last property source, so an explicit
 * {@code LOGGING_LEVEL_COM_CAREERVAULT} still wins. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SeedDebugLogging implements EnvironmentPostProcessor {

    static final String SOURCE = "careervault-seed-log-level";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return; // another service's copy ran first in this JVM's shared classpath (the system module)
        }
        SeedLogLevel.of(environment.getProperty("DEBUG"), environment.getProperty("LOG_LEVEL"))
                .ifPresent(level -> environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                        Map.of("logging.level." + SeedLogLevel.APPLICATION_LOGGERS, level))));
    }
}
