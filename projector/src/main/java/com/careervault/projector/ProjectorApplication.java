package com.careervault.projector;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Consumes the event log and writes the DynamoDB read model; the only writer of those tables. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProjectorApplication {

    /** Its configuration files are projector.yml and projector-{profile}.yml, so services can share a JVM. */
    public static final String CONFIG_NAME = "projector";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ProjectorApplication.class)
                .properties(Map.of("spring.config.name", CONFIG_NAME));
    }

    public static void main(String[] args) {
        application().run(args);
    }

    /** Tombstone expiry is computed from it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
