package com.careervault.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A Spring Boot application started in this module (so with the command-api's
 * {@code META-INF/spring.factories}) with the seed's variables set has our
 * loggers at DEBUG. The context is an empty one: what is under test is the
 * start-up of Spring Boot's logging, not the API's beans.
 */
class SeedDebugLoggingTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @AfterEach
    void restoreLevels() {
        // Logback is one per JVM: leave the next test the level its configuration gives
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("com.careervault", null);
    }

    @Test
    void debugTrueTurnsOnDebugForTheApplicationLoggers() {
        try (ConfigurableApplicationContext context = start("DEBUG=true")) {
            assertThat(LoggerFactory.getLogger("com.careervault.api.jobs.JobController").isDebugEnabled()).isTrue();
            assertThat(level(context)).isEqualTo(LogLevel.DEBUG);
        }
    }

    @Test
    void logLevelDebugDoesTheSame() {
        try (ConfigurableApplicationContext context = start("LOG_LEVEL=debug")) {
            assertThat(LoggerFactory.getLogger("com.careervault.api.health.HealthController").isDebugEnabled())
                    .isTrue();
            assertThat(level(context)).isEqualTo(LogLevel.DEBUG);
        }
    }

    @Test
    void withoutTheVariablesTheApplicationLogsAtInfo() {
        try (ConfigurableApplicationContext context = start("UNRELATED=1")) {
            assertThat(LoggerFactory.getLogger("com.careervault.api.jobs.JobController").isDebugEnabled()).isFalse();
            assertThat(LoggerFactory.getLogger("com.careervault.api.jobs.JobController").isInfoEnabled()).isTrue();
        }
    }

    @Test
    void anExplicitLevelForOurLoggersWins() {
        try (ConfigurableApplicationContext context = start("DEBUG=true", "logging.level.com.careervault=warn")) {
            assertThat(level(context)).isEqualTo(LogLevel.WARN);
        }
    }

    /** Settings as command-line arguments: the highest precedence, as environment variables have over YAML. */
    private static ConfigurableApplicationContext start(String... settings) {
        String[] args = java.util.Arrays.stream(settings).map(setting -> "--" + setting).toArray(String[]::new);
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run(args);
    }

    private static LogLevel level(ConfigurableApplicationContext context) {
        return LoggingSystem.get(context.getClassLoader()).getLoggerConfiguration("com.careervault")
                .getConfiguredLevel();
    }
}
