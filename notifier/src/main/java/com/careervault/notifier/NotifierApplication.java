package com.careervault.notifier;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Reminder emails and the analytics stream, from the event log. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotifierApplication {

    /** Its configuration files are notifier.yml and notifier-{profile}.yml, so services can share a JVM. */
    public static final String CONFIG_NAME = "notifier";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NotifierApplication.class)
                .properties(Map.of("spring.config.name", CONFIG_NAME));
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
