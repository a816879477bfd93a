package com.careervault.notifier;

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
 * The notifier against the JVM's shared devstack, with reminder timing shortened to seconds. Every
 * Spring test of the module uses exactly this, so they share one cached context: a second context
 * would start a second Kafka Streams member of the same group, racing the first for partitions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DevStackExtension.class)
@SpringBootTest(properties = {
        "spring.config.name=" + NotifierApplication.CONFIG_NAME,
        "careervault.notifier.follow-up-day=PT1S",
        "careervault.notifier.punctuation-interval=200ms",
        "careervault.notifier.public-api-url=http://localhost:8000"})
@ActiveProfiles("devstack")
@ContextConfiguration(initializers = DevStackInitializer.class)
public @interface OnTheDevStack {
}
