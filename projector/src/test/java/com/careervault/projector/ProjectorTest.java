package com.careervault.projector;

import com.careervault.devstack.DevStackInitializer;
import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The projector against the JVM's shared devstack. Every test class uses
 * exactly this configuration, so they share one application context (and one
 * running listener). The per-event retry budget is short so that an outage
 * also exercises the redelivery of a whole poll.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DevStackExtension.class)
@SpringBootTest(properties = {
        "spring.config.name=" + ProjectorApplication.CONFIG_NAME,
        "careervault.projector.retry.give-up-after=3s",
        // the devstack may stop before the context at JVM exit: do not wait a minute for a commit
        "spring.kafka.consumer.properties.default.api.timeout.ms=5000"})
@ActiveProfiles("devstack")
@ContextConfiguration(initializers = DevStackInitializer.class)
public @interface ProjectorTest {
}
