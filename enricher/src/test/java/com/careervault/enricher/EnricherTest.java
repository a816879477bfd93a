package com.careervault.enricher;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.DevStackInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The enricher against the JVM's shared devstack, with {@link TestProviders} in place of the configured
 * providers. Every test class uses exactly this configuration, so they share one application context (and one
 * running listener). Limits are small so that tests reach them with a few events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DevStackExtension.class)
@SpringBootTest(properties = {
        "spring.config.name=" + EnricherApplication.CONFIG_NAME,
        EnricherTest.RATE_LIMIT,
        EnricherTest.CALL_TIMEOUT,
        "careervault.enricher.retry-give-up-after=3s",
        // the provider sweep has tests of its own (ProviderSweepTest); here it would race with the tests' jobs
        EnricherTest.NO_SWEEP,
        // the devstack may stop before the context at JVM exit: do not wait a minute for a commit
        "spring.kafka.consumer.properties.default.api.timeout.ms=5000"})
@ActiveProfiles("devstack")
@ContextConfiguration(initializers = {DevStackInitializer.class, TestProviders.Initializer.class})
public @interface EnricherTest {

    /** Provider calls per user per minute in the tests. */
    String RATE_LIMIT = "careervault.ai.rate-limit-per-minute=4";
    String CALL_TIMEOUT = "careervault.ai.call-timeout=1s";
    String NO_SWEEP = "careervault.enricher.provider-sweep=false";
}
