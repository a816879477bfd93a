package com.careervault.projector;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Consumes the event log and writes the DynamoDB read model; the only writer of those tables. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProjectorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectorApplication.class, args);
    }

    /** Tombstone expiry is computed from it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
