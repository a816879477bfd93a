package com.careervault.api.support;

import com.careervault.api.CommandApiApplication;
import com.careervault.devstack.DevStackInitializer;
import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The command API on a real port against the JVM's shared devstack. Every
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DevStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandApiApplication.CONFIG_NAME)
@AutoConfigureWebTestClient(timeout = "20s")
@ActiveProfiles("devstack")
@ContextConfiguration(initializers = DevStackInitializer.class)
public @interface ApiIntegrationTest {
}
